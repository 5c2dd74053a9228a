import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { evaluateLoyaltyTiersWorkflow } from "./evaluate-loyalty-tiers"
import { LoyaltyEvents } from "./events"
import { setTierLockStep } from "./steps/set-tier-lock"

export type LockTierWorkflowInput = {
  customer_id: string
  tier_id: string
  reason: string
  /** Omitted: locked until an admin unlocks. */
  expires_at?: Date | null
  locked_by: string
}

export const lockTierWorkflowId = "lock-loyalty-tier"

/**
 * Puts a customer on a tier by hand and keeps them there, whatever they
 * spend, until the lock expires or is lifted. Audited; emits
 * `loyalty.tier_changed` when the tier changes. Hook: `tierLocked`.
 *
 * @example
 * await lockTierWorkflow(container).run({
 *   input: { customer_id, tier_id, reason: "Key account", locked_by: "user_123" },
 * })
 */
export const lockTierWorkflow = createWorkflow(
  lockTierWorkflowId,
  (input: LockTierWorkflowInput) => {
    useQueryGraphStep({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-customer" })

    const lock = transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      locked: true,
      tier_id: input.tier_id,
      reason: input.reason,
      expires_at: input.expires_at ?? null,
      locked_by: input.locked_by,
    }))
    const change = setTierLockStep(lock)

    when({ change }, ({ change }) => !!change).then(() => {
      const events = transform({ change, input }, ({ change, input }) => [
        {
          id: change!.id,
          customer_id: change!.customer_id,
          account_id: change!.account_id,
          from_tier_id: change!.from_tier_id,
          to_tier_id: change!.to_tier_id,
          reason: change!.reason,
          changed_by: input.locked_by,
        },
      ])
      emitEventStep({ eventName: LoyaltyEvents.TIER_CHANGED, data: events })
    })

    const tierLocked = createHook("tierLocked", { input, change })
    return new WorkflowResponse(change, { hooks: [tierLocked] })
  }
)

export type UnlockTierWorkflowInput = {
  customer_id: string
  unlocked_by: string
}

export const unlockTierWorkflowId = "unlock-loyalty-tier"

/**
 * Lifts a manual tier lock; the customer is re-evaluated at once (with the
 * usual downgrade grace). Hook: `tierUnlocked`.
 *
 * @example
 * await unlockTierWorkflow(container).run({ input: { customer_id, unlocked_by: "user_123" } })
 */
export const unlockTierWorkflow = createWorkflow(
  unlockTierWorkflowId,
  (input: UnlockTierWorkflowInput) => {
    useQueryGraphStep({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })
    const unlock = transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      locked: false,
      reason: "unlocked",
      locked_by: input.unlocked_by,
    }))
    setTierLockStep(unlock)

    const customerIds = transform({ input }, ({ input }) => [input.customer_id])
    const changes = evaluateLoyaltyTiersWorkflow.runAsStep({
      input: { customer_ids: customerIds, changed_by: input.unlocked_by },
    })

    const tierUnlocked = createHook("tierUnlocked", { input, changes })
    return new WorkflowResponse(changes, { hooks: [tierUnlocked] })
  }
)
