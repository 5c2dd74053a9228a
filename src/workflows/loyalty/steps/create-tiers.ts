import { createRecordsStep } from "../../utils/crud-steps"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"
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
  LOYALTY_PROGRAM_MODULE,
  {
    create: (service: LoyaltyProgramModuleService, input: CreateTierDTO[]) =>
      service.createLoyaltyTiers(input),
    delete: (service, ids) => service.deleteLoyaltyTiers(ids),
  }
)
