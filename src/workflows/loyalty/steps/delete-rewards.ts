import { softDeleteRecordsStep } from "../../utils/crud-steps"
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
export const deleteRewardsStep = softDeleteRecordsStep(
  deleteRewardsStepId,
  LOYALTY_PROGRAM_MODULE,
  {
    softDelete: (service: LoyaltyProgramModuleService, ids) =>
      service.softDeleteLoyaltyRewards(ids),
    restore: (service, ids) => service.restoreLoyaltyRewards(ids),
  }
)
