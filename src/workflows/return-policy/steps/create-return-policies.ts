import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  RETURN_POLICY_MODULE,
  type CreateReturnPolicyDTO,
} from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"

export const createReturnPoliciesStepId = "create-return-policies"

/**
 * Creates return policies as their version 1; compensation deletes them.
 *
 * @example
 * createReturnPoliciesStep([{ name: "Standard", return_window_days: 30 }])
 */
export const createReturnPoliciesStep = createStep(
  createReturnPoliciesStepId,
  async (input: CreateReturnPolicyDTO[], { container }) => {
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    const policies = await service.createReturnPolicies(input)
    return new StepResponse(
      policies,
      policies.map((p) => p.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    await service.deleteReturnPolicies(ids)
  }
)
