import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"

export type ValidateReturnPolicyTierStepInput = {
  /** Any version of the policy being updated; omitted on create. */
  id?: string
  /** The tier the policy will apply to; undefined keeps the current one. */
  tier_id?: string | null
  /** Whether the policy will be active; undefined keeps the current flag. */
  active?: boolean
}

export const validateReturnPolicyTierStepId = "validate-return-policy-tier"

/**
 * Refuses a policy for a loyalty tier that does not exist, and a policy that
 * would be the second active one of its tier (or the second active default
 * policy, `tier_id` null). The partial unique indexes would refuse the
 * latter too, but with a database error instead of a message naming the
 * field.
 *
 * @example
 * validateReturnPolicyTierStep({ tier_id: "ltier_gold" })
 * validateReturnPolicyTierStep({ id: "rpol_123", active: true })
 */
export const validateReturnPolicyTierStep = returnPolicyStep(
  validateReturnPolicyTierStepId,
  async (input: ValidateReturnPolicyTierStepInput, service, { container }) => {
    let current: { policy_group_id: string; tier_id: string | null } | null =
      null
    let currentActive = true
    if (input.id) {
      const { policy_group_id } = await service.retrieveReturnPolicy(input.id)
      const [latest] = await service.listReturnPolicies(
        { policy_group_id },
        { take: 1, order: { version: "DESC" } }
      )
      current = { policy_group_id, tier_id: latest.tier_id ?? null }
      currentActive = latest.active
    }

    const tierId =
      input.tier_id !== undefined ? input.tier_id : (current?.tier_id ?? null)
    const active = input.active ?? currentActive

    if (input.tier_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [tier],
      } = await query.graph({
        entity: "loyalty_tier",
        fields: ["id"],
        filters: { id: input.tier_id },
      })
      if (!tier) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `tier_id: loyalty tier ${input.tier_id} does not exist`
        )
      }
    }

    if (!active) {
      return new StepResponse(void 0)
    }
    const clashes = await service.listReturnPolicies(
      { tier_id: tierId, active: true },
      { take: 2 }
    )
    const clash = clashes.find(
      (p) => p.policy_group_id !== current?.policy_group_id
    )
    if (clash) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        tierId
          ? `tier_id: tier ${tierId} already has an active policy (${clash.id})`
          : `tier_id: a default policy already exists (${clash.id}); deactivate it or give this policy a tier_id`
      )
    }

    return new StepResponse(void 0)
  }
)
