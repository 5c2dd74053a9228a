import { createRecordsStep } from "../../utils/crud-steps"
import { loyaltyProgramStep } from "../../utils/module-step"
import type { CreateTierDTO } from "../../../modules/loyalty-program/types"

export const createTiersStepId = "create-tiers"

/**
 * Creates loyalty tiers; compensation deletes exactly the tiers it created.
 *
 * @example
 * createTiersStep([{ name: "Gold", rank: 2, min_lifetime_spend: 1000 }])
 */
export const createTiersStep = createRecordsStep(
  createTiersStepId,
  loyaltyProgramStep,
  {
    create: (service, input: CreateTierDTO[]) =>
      service.createLoyaltyTiers(input),
    delete: (service, ids) => service.deleteLoyaltyTiers(ids),
  }
)
