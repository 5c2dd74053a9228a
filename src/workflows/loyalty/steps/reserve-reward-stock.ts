import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"
import { moduleStep } from "../../utils/module-step"

export const reserveRewardStockStepId = "reserve-reward-stock"

/**
 * Takes one unit of the reward's stock; compensation gives it back.
 *
 * @example
 * reserveRewardStockStep({ reward_id })
 */
export const reserveRewardStockStep = moduleStep(
  reserveRewardStockStepId,
  LOYALTY_PROGRAM_MODULE,
  async (
    { reward_id }: { reward_id: string },
    service: LoyaltyProgramModuleService
  ) => {
    const taken = await service.reserveRewardStock(reward_id)
    return new StepResponse(taken, taken ? reward_id : undefined)
  },
  async (rewardId, service) => {
    await service.releaseRewardStock(rewardId)
  }
)
