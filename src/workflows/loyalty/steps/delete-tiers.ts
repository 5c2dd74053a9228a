import { softDeleteRecordsStep } from "../../utils/crud-steps"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"

export const deleteTiersStepId = "delete-tiers"

/**
 * Soft-deletes tiers; compensation restores them.
 *
 * @example
 * deleteTiersStep(["ltier_123"])
 */
export const deleteTiersStep = softDeleteRecordsStep(
  deleteTiersStepId,
  LOYALTY_PROGRAM_MODULE,
  {
    softDelete: (service: LoyaltyProgramModuleService, ids) =>
      service.softDeleteLoyaltyTiers(ids),
    restore: (service, ids) => service.restoreLoyaltyTiers(ids),
  }
)
