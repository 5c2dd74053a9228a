import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { type UpdateReturnPolicyTermsDTO } from "../../../modules/return-policy"
import { returnPolicyStep } from "../../utils/module-step"

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
export const updateReturnPolicyTermsStep = returnPolicyStep(
  updateReturnPolicyTermsStepId,
  async (input: UpdateReturnPolicyTermsStepInput, service) => {
    const policy = await service.updatePolicyVersioned(input.id, input.changes)
    return new StepResponse(policy, policy.id)
  },
  async (newPolicyId, service) => {
    await service.restorePolicyVersion(newPolicyId)
  }
)
