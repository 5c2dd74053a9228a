import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"

export const reserveRewardStockStepId = "reserve-reward-stock"

/**
 * Takes one unit of the reward's stock; compensation gives it back.
 *
 * @example
 * reserveRewardStockStep({ reward_id })
 */
export const reserveRewardStockStep = createStep(
  reserveRewardStockStepId,
  async ({ reward_id }: { reward_id: string }, { container }) => {
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    const taken = await service.reserveRewardStock(reward_id)
    return new StepResponse(taken, taken ? reward_id : undefined)
  },
  async (rewardId, { container }) => {
    if (!rewardId) {
      return
    }
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    await service.releaseRewardStock(rewardId)
  }
)
