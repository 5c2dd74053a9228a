import { softDeleteRecordsStep } from "../../utils/crud-steps"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"

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
  RETURN_POLICY_MODULE,
  {
    softDelete: (service: ReturnPolicyModuleService, ids) =>
      service.softDeleteReturnReasonCodes(ids),
    restore: (service, ids) => service.restoreReturnReasonCodes(ids),
  }
)
