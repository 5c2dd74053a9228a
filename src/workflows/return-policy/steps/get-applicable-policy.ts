import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"
import type { ReturnPolicySnapshot } from "../../../modules/return-policy/engine"
import { moduleStep } from "../../utils/module-step"

export const getApplicablePolicyStepId = "get-applicable-policy"

/**
 * The return policy that applies to a customer of a tier (null: no tier):
 * the tier's, else the default, else the built-in one
 * (`applicablePolicy`). Read-only.
 *
 * @example
 * const policy = getApplicablePolicyStep({ tier_id: "ltier_gold" })
 */
export const getApplicablePolicyStep = moduleStep(
  getApplicablePolicyStepId,
  RETURN_POLICY_MODULE,
  async (
    input: { tier_id?: string | null },
    service: ReturnPolicyModuleService
  ) => {
    return new StepResponse<ReturnPolicySnapshot>(
      await service.retrieveApplicablePolicy(input.tier_id ?? null)
    )
  }
)
