import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"
import { moduleStep } from "../../utils/module-step"

export const retrieveCurrentReturnPolicyStepId =
  "retrieve-current-return-policy"

/**
 * Reads the latest version of a policy from the id of any of its versions.
 *
 * @example
 * const policy = retrieveCurrentReturnPolicyStep({ id: "rpol_123" })
 */
export const retrieveCurrentReturnPolicyStep = moduleStep(
  retrieveCurrentReturnPolicyStepId,
  RETURN_POLICY_MODULE,
  async (input: { id: string }, service: ReturnPolicyModuleService) => {
    const { policy_group_id } = await service.retrieveReturnPolicy(input.id)
    const [latest] = await service.listReturnPolicies(
      { policy_group_id },
      { take: 1, order: { version: "DESC" } }
    )
    return new StepResponse(latest)
  }
)
