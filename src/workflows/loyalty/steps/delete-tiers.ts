import { softDeleteRecordsStep } from "../../utils/crud-steps"
import { loyaltyProgramStep } from "../../utils/module-step"

export const deleteTiersStepId = "delete-tiers"

/**
 * Soft-deletes tiers; compensation restores them.
 *
 * @example
 * deleteTiersStep(["ltier_123"])
 */
export const deleteTiersStep = softDeleteRecordsStep(
  deleteTiersStepId,
  loyaltyProgramStep,
  "LoyaltyTiers"
)
