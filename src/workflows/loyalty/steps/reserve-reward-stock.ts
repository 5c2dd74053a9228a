import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export const reserveRewardStockStepId = "reserve-reward-stock"

/**
 * Takes one unit of the reward's stock; compensation gives it back.
 *
 * @example
 * reserveRewardStockStep({ reward_id })
 */
export const reserveRewardStockStep = loyaltyProgramStep(
  reserveRewardStockStepId,
  async ({ reward_id }: { reward_id: string }, service) => {
    const taken = await service.reserveRewardStock(reward_id)
    return new StepResponse(taken, taken ? reward_id : undefined)
  },
  async (rewardId, service) => {
    await service.releaseRewardStock(rewardId)
  }
)
