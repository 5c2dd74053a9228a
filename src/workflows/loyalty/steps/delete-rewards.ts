import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"

export const deleteRewardsStepId = "delete-rewards"

/**
 * Soft-deletes rewards (issued redemptions keep pointing at them);
 * compensation restores them.
 *
 * @example
 * deleteRewardsStep(["lrwd_123"])
 */
export const deleteRewardsStep = createStep(
  deleteRewardsStepId,
  async (ids: string[], { container }) => {
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    await service.softDeleteLoyaltyRewards(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    await service.restoreLoyaltyRewards(ids)
  }
)
