import { createRecordsStep } from "../../utils/crud-steps"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"
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
  LOYALTY_PROGRAM_MODULE,
  {
    validate: validateReward,
    create: (service: LoyaltyProgramModuleService, input: CreateRewardDTO[]) =>
      service.createLoyaltyRewards(input),
    delete: (service, ids) => service.deleteLoyaltyRewards(ids),
  }
)
