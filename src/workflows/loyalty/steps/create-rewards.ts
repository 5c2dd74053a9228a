import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
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
export const createRewardsStep = createStep(
  createRewardsStepId,
  async (input: CreateRewardDTO[], { container }) => {
    input.forEach(validateReward)
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    const rewards = await service.createLoyaltyRewards(input)
    return new StepResponse(
      rewards,
      rewards.map((r) => r.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    await service.deleteLoyaltyRewards(ids)
  }
)
