import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CreateReturnPolicyDTO } from "../../../modules/return-policy"
import { returnPolicyStep } from "../../utils/module-step"

export const createReturnPoliciesStepId = "create-return-policies"

/**
 * Creates return policies as their version 1; compensation deletes them.
 *
 * @example
 * createReturnPoliciesStep([{ name: "Standard", return_window_days: 30 }])
 */
export const createReturnPoliciesStep = returnPolicyStep(
  createReturnPoliciesStepId,
  async (input: CreateReturnPolicyDTO[], service) => {
    const policies = await service.createReturnPolicies(input)
    return new StepResponse(
      policies,
      policies.map((p) => p.id)
    )
  },
  async (ids, service) => {
    await service.deleteReturnPolicies(ids)
  }
)
