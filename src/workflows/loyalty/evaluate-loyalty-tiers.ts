import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LoyaltyEvents } from "./events"
import { evaluateTiersStep } from "./steps/evaluate-tiers"

export type EvaluateLoyaltyTiersWorkflowInput = {
  /** Limit to these customers; omitted: everybody. */
  customer_ids?: string[]
  /** `system`, `nightly` or an admin user id: recorded on each change. */
  changed_by?: string
}

export const evaluateLoyaltyTiersWorkflowId = "evaluate-loyalty-tiers"

/**
 * Re-evaluates customers' tiers (upgrades at once, downgrades after the
 * grace, admin locks win until they expire), records each change with who
 * and why, and emits `loyalty.tier_changed` per change. Hook: `tiersEvaluated`.
 *
 * @example
 * await evaluateLoyaltyTiersWorkflow(container).run({ input: { customer_ids: ["cus_123"] } })
 */
export const evaluateLoyaltyTiersWorkflow = createWorkflow(
  evaluateLoyaltyTiersWorkflowId,
  (input: EvaluateLoyaltyTiersWorkflowInput) => {
    const changedBy = transform(
      { input },
      ({ input }) => input.changed_by ?? "system"
    )
    const changes = evaluateTiersStep({
      customer_ids: input.customer_ids,
      changed_by: changedBy,
    })

    const events = transform({ changes, changedBy }, ({ changes, changedBy }) =>
      changes.map((c) => ({
        id: c.id,
        customer_id: c.customer_id,
        account_id: c.account_id,
        from_tier_id: c.from_tier_id,
        to_tier_id: c.to_tier_id,
        reason: c.reason,
        changed_by: changedBy,
      }))
    )
    emitEventStep({ eventName: LoyaltyEvents.TIER_CHANGED, data: events })

    const tiersEvaluated = createHook("tiersEvaluated", { changes })
    return new WorkflowResponse(changes, { hooks: [tiersEvaluated] })
  }
)
