import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
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
export const deleteReturnReasonCodesStep = createStep(
  deleteReturnReasonCodesStepId,
  async (ids: string[], { container }) => {
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    await service.softDeleteReturnReasonCodes(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    await service.restoreReturnReasonCodes(ids)
  }
)
