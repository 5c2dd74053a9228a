import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { evaluateLoyaltyTiersWorkflow } from "./evaluate-loyalty-tiers"
import { recordPointsStep } from "./steps/record-points"

export type AdjustPointsWorkflowInput = {
  customer_id: string
  /** Signed whole number, not 0. A debit cannot exceed what is available. */
  points: number
  reason: string
  /** The admin user who made the adjustment. */
  created_by: string
}

export const adjustPointsWorkflowId = "adjust-loyalty-points"

/**
 * A manual credit or debit by an admin, with the reason on the ledger, then
 * the customer's tier is re-evaluated (points can be a tier threshold).
 * Hook: `pointsAdjusted`.
 *
 * @example
 * await adjustPointsWorkflow(container).run({
 *   input: { customer_id, points: 250, reason: "Goodwill: late delivery", created_by: "user_123" },
 * })
 */
export const adjustPointsWorkflow = createWorkflow(
  adjustPointsWorkflowId,
  (input: AdjustPointsWorkflowInput) => {
    useQueryGraphStep({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })

    const entries = transform({ input }, ({ input }) => {
      const id = generateEntityId(undefined, "adj")
      return [
        {
          customer_id: input.customer_id,
          type: "adjust" as const,
          points: input.points,
          source_type: "admin_adjustment",
          source_id: id,
          idempotency_key: `adjust:${id}`,
          note: input.reason,
          created_by: input.created_by,
        },
      ]
    })
    const recorded = recordPointsStep(entries)
    const entry = transform({ recorded }, ({ recorded }) => recorded[0])

    const customerIds = transform({ input }, ({ input }) => [input.customer_id])
    evaluateLoyaltyTiersWorkflow.runAsStep({
      input: { customer_ids: customerIds, changed_by: input.created_by },
    })

    const pointsAdjusted = createHook("pointsAdjusted", { entry, input })
    return new WorkflowResponse(entry, { hooks: [pointsAdjusted] })
  }
)
