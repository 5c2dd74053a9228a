import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  RETURN_POLICY_MODULE,
  type CreateReturnPolicyDTO,
} from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"
import { moduleStep } from "../../utils/module-step"

export const createReturnPoliciesStepId = "create-return-policies"

/**
 * Creates return policies as their version 1; compensation deletes them.
 *
 * @example
 * createReturnPoliciesStep([{ name: "Standard", return_window_days: 30 }])
 */
export const createReturnPoliciesStep = moduleStep(
  createReturnPoliciesStepId,
  RETURN_POLICY_MODULE,
  async (
    input: CreateReturnPolicyDTO[],
    service: ReturnPolicyModuleService
  ) => {
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
