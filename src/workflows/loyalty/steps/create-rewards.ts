import { createRecordsStep } from "../../utils/crud-steps"
import { loyaltyProgramStep } from "../../utils/module-step"
import type { CreateRewardDTO } from "../../../modules/loyalty-program/types"
import { validateReward } from "../../../modules/loyalty-program/utils/validate-reward"

export const createRewardsStepId = "create-rewards"

/**
 * Creates rewards after checking each is coherent; compensation deletes them.
 *
 * @example
 * createRewardsStep([{ name: "€10 off", points_cost: 1000, kind: "amount_off", value: 10, currency_code: "eur" }])
 */
export const createRewardsStep = createRecordsStep(
  createRewardsStepId,
  loyaltyProgramStep,
  {
    validate: validateReward,
    create: (service, input: CreateRewardDTO[]) =>
      service.createLoyaltyRewards(input),
    delete: (service, ids) => service.deleteLoyaltyRewards(ids),
  }
)
