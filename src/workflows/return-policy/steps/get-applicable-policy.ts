import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnPolicySnapshot } from "../../../modules/return-policy/engine"
import { returnPolicyStep } from "../../utils/module-step"

export const getApplicablePolicyStepId = "get-applicable-policy"

/**
 * The return policy that applies to a customer of a tier (null: no tier):
 * the tier's, else the default, else the built-in one
 * (`applicablePolicy`). Read-only.
 *
 * @example
 * const policy = getApplicablePolicyStep({ tier_id: "ltier_gold" })
 */
export const getApplicablePolicyStep = returnPolicyStep(
  getApplicablePolicyStepId,
  async (input: { tier_id?: string | null }, service) => {
    return new StepResponse<ReturnPolicySnapshot>(
      await service.retrieveApplicablePolicy(input.tier_id ?? null)
    )
  }
)
