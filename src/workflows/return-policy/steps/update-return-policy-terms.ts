import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  RETURN_POLICY_MODULE,
  type UpdateReturnPolicyTermsDTO,
} from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"
import { moduleStep } from "../../utils/module-step"

export type UpdateReturnPolicyTermsStepInput = {
  /** Any version of the policy, or its group id. */
  id: string
  changes: UpdateReturnPolicyTermsDTO
}

export const updateReturnPolicyTermsStepId = "update-return-policy-terms"

/**
 * Changes a policy's terms by writing its next version (the previous one is
 * deactivated, decisions keep pointing at it); compensation deletes the new
 * version and reactivates the previous one.
 *
 * @example
 * updateReturnPolicyTermsStep({ id: "rpol_123", changes: { return_window_days: 60 } })
 */
export const updateReturnPolicyTermsStep = moduleStep(
  updateReturnPolicyTermsStepId,
  RETURN_POLICY_MODULE,
  async (
    input: UpdateReturnPolicyTermsStepInput,
    service: ReturnPolicyModuleService
  ) => {
    const policy = await service.updatePolicyVersioned(input.id, input.changes)
    return new StepResponse(policy, policy.id)
  },
  async (newPolicyId, service) => {
    await service.restorePolicyVersion(newPolicyId)
  }
)
