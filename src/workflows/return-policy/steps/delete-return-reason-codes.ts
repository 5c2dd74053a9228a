import { softDeleteRecordsStep } from "../../utils/crud-steps"
import { returnPolicyStep } from "../../utils/module-step"

export const deleteReturnReasonCodesStepId = "delete-return-reason-codes"

/**
 * Soft-deletes reason codes (request items keep their code text);
 * compensation restores them.
 *
 * @example
 * deleteReturnReasonCodesStep(["rrc_123"])
 */
export const deleteReturnReasonCodesStep = softDeleteRecordsStep(
  deleteReturnReasonCodesStepId,
  returnPolicyStep,
  "ReturnReasonCodes"
)
