import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"

export const retrieveCurrentReturnPolicyStepId =
  "retrieve-current-return-policy"

/**
 * Reads the latest version of a policy from the id of any of its versions.
 *
 * @example
 * const policy = retrieveCurrentReturnPolicyStep({ id: "rpol_123" })
 */
export const retrieveCurrentReturnPolicyStep = returnPolicyStep(
  retrieveCurrentReturnPolicyStepId,
  async (input: { id: string }, service) => {
    const { policy_group_id } = await service.retrieveReturnPolicy(input.id)
    const [latest] = await service.listReturnPolicies(
      { policy_group_id },
      { take: 1, order: { version: "DESC" } }
    )
    return new StepResponse(latest)
  }
)
