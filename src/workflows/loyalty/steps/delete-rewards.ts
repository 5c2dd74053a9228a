import { softDeleteRecordsStep } from "../../utils/crud-steps"
import { loyaltyProgramStep } from "../../utils/module-step"

export const deleteRewardsStepId = "delete-rewards"

/**
 * Soft-deletes rewards (issued redemptions keep pointing at them);
 * compensation restores them.
 *
 * @example
 * deleteRewardsStep(["lrwd_123"])
 */
export const deleteRewardsStep = softDeleteRecordsStep(
  deleteRewardsStepId,
  loyaltyProgramStep,
  "LoyaltyRewards"
)
