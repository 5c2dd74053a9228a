import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type {
  CreateReturnPolicyDTO,
  UpdateReturnPolicyTermsDTO,
} from "../../modules/return-policy"
import { createReturnPoliciesStep } from "./steps/create-return-policies"
import { deleteReturnPoliciesStep } from "./steps/delete-return-policies"
import { retrieveCurrentReturnPolicyStep } from "./steps/retrieve-current-return-policy"
import { setReturnPolicyActiveStep } from "./steps/set-return-policy-active"
import { updateReturnPolicyTermsStep } from "./steps/update-return-policy-terms"
import { validateReturnPolicyTierStep } from "./steps/validate-return-policy-tier"
import { ensureFreeReturnShippingPricesStep } from "./steps/ensure-free-return-shipping-prices"

export type CreateReturnPolicyWorkflowInput = Omit<
  CreateReturnPolicyDTO,
  "id" | "policy_group_id"
>

export const createReturnPolicyWorkflowId = "create-return-policy"

/**
 * Creates a return policy (version 1) for a loyalty tier, or the default
 * policy when `tier_id` is null. A tier has at most one active policy and
 * there is at most one active default. Hook: `returnPolicyCreated`.
 *
 * @example
 * await createReturnPolicyWorkflow(container).run({
 *   input: { name: "Gold returns", tier_id: "ltier_gold", return_window_days: 60 },
 * })
 */
export const createReturnPolicyWorkflow = createWorkflow(
  createReturnPolicyWorkflowId,
  (input: CreateReturnPolicyWorkflowInput) => {
    validateReturnPolicyTierStep({
      tier_id: input.tier_id,
      active: input.active,
    })
    const policies = createReturnPoliciesStep([input])
    const policy = transform({ policies }, ({ policies }) => policies[0])
    // Medusa prices the return at 0 for this tier only if the option has
    // the zero price the pricing-context hook selects.
    when("free-return-shipping-on-create", { policy }, ({ policy }) => {
      return !!policy.free_return_shipping
    }).then(() => {
      ensureFreeReturnShippingPricesStep({})
    })
    const returnPolicyCreated = createHook("returnPolicyCreated", { policy })
    return new WorkflowResponse(policy, { hooks: [returnPolicyCreated] })
  }
)

export type UpdateReturnPolicyWorkflowInput = UpdateReturnPolicyTermsDTO & {
  /** Any version of the policy. */
  id: string
  active?: boolean
}

export const updateReturnPolicyWorkflowId = "update-return-policy"

/**
 * Edits a policy. Changed terms write its next version (the previous one is
 * deactivated and kept for the decisions made under it); `active` alone
 * (de)activates the latest version in place. Returns the latest version.
 * Hook: `returnPolicyUpdated`.
 *
 * @example
 * await updateReturnPolicyWorkflow(container).run({
 *   input: { id: "rpol_123", return_window_days: 45 },
 * })
 */
export const updateReturnPolicyWorkflow = createWorkflow(
  updateReturnPolicyWorkflowId,
  (input: UpdateReturnPolicyWorkflowInput) => {
    validateReturnPolicyTierStep({
      id: input.id,
      tier_id: input.tier_id,
      active: input.active,
    })

    const changes = transform(
      { input },
      ({ input }) =>
        Object.fromEntries(
          Object.entries(input).filter(
            ([key, value]) =>
              key !== "id" && key !== "active" && value !== undefined
          )
        ) as UpdateReturnPolicyTermsDTO
    )

    when({ changes }, ({ changes }) => Object.keys(changes).length > 0).then(
      () => {
        updateReturnPolicyTermsStep({ id: input.id, changes })
      }
    )
    when({ input }, ({ input }) => input.active !== undefined).then(() => {
      setReturnPolicyActiveStep({
        id: input.id,
        active: transform({ input }, ({ input }) => !!input.active),
      })
    })

    const policy = retrieveCurrentReturnPolicyStep({ id: input.id })
    when("free-return-shipping-on-update", { policy }, ({ policy }) => {
      return !!policy.free_return_shipping
    }).then(() => {
      ensureFreeReturnShippingPricesStep({})
    })
    const returnPolicyUpdated = createHook("returnPolicyUpdated", { policy })
    return new WorkflowResponse(policy, { hooks: [returnPolicyUpdated] })
  }
)

export const deleteReturnPolicyWorkflowId = "delete-return-policy"

/**
 * Deletes a policy with all its versions (soft delete: decisions made under
 * them keep their rows). Hook: `returnPolicyDeleted`.
 *
 * @example
 * await deleteReturnPolicyWorkflow(container).run({ input: { id: "rpol_123" } })
 */
export const deleteReturnPolicyWorkflow = createWorkflow(
  deleteReturnPolicyWorkflowId,
  (input: { id: string }) => {
    deleteReturnPoliciesStep({ id: input.id })
    const returnPolicyDeleted = createHook("returnPolicyDeleted", {
      id: input.id,
    })
    return new WorkflowResponse(input.id, { hooks: [returnPolicyDeleted] })
  }
)
