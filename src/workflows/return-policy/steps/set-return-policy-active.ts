import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"

export type SetReturnPolicyActiveStepInput = {
  /** Any version of the policy; the latest version is the one toggled. */
  id: string
  active: boolean
}

export const setReturnPolicyActiveStepId = "set-return-policy-active"

/**
 * (De)activates the latest version of a policy in place: no terms change,
 * so no new version; compensation gives it back its previous flag.
 *
 * @example
 * setReturnPolicyActiveStep({ id: "rpol_123", active: false })
 */
export const setReturnPolicyActiveStep = returnPolicyStep(
  setReturnPolicyActiveStepId,
  async (input: SetReturnPolicyActiveStepInput, service) => {
    const { policy_group_id } = await service.retrieveReturnPolicy(input.id)
    const [latest] = await service.listReturnPolicies(
      { policy_group_id },
      { take: 1, order: { version: "DESC" } }
    )
    const policy = await service.updateReturnPolicies({
      id: latest.id,
      active: input.active,
    })
    return new StepResponse(policy, { id: latest.id, active: latest.active })
  },
  async (previous, service) => {
    await service.updateReturnPolicies(previous)
  }
)
