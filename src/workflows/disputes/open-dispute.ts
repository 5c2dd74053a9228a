import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { DisputeReasonCategory } from "../../modules/return-dispute"
import { DisputeEvents } from "./events"
import { loadOpenDisputeContextStep } from "./steps/load-open-dispute-context"
import { markReturnRequestDisputedStep } from "./steps/mark-return-request-disputed"
import { openDisputeStep } from "./steps/open-dispute"

export type OpenDisputeWorkflowInput = {
  order_id: string
  return_request_id?: string | null
  reason_category: DisputeReasonCategory
  claim: string
  /** Set when the customer opens it: the order must be theirs. */
  customer_id?: string
  opened_by_type: "customer" | "staff"
  /** The customer or admin user id. */
  opened_by: string
}

export const openDisputeWorkflowId = "open-dispute"

/**
 * Opens a dispute on an order (and optionally one of its return
 * requests), by the customer or by staff on their behalf. The priority
 * comes from the order total, the customer's loyalty tier and the age of
 * the matter; the SLA due date from the priority. A return request has at
 * most one open dispute; its first dispute is marked on it (`disputed_at`)
 * for the returns report. Emits `dispute.opened`; hook `disputeOpened`.
 *
 * @example
 * const { result } = await openDisputeWorkflow(container).run({
 *   input: { order_id, return_request_id, reason_category: "rejected_return", claim: "It was unworn", customer_id, opened_by_type: "customer", opened_by: customer_id },
 * })
 */
export const openDisputeWorkflow = createWorkflow(
  openDisputeWorkflowId,
  (input: OpenDisputeWorkflowInput) => {
    const context = loadOpenDisputeContextStep({
      order_id: input.order_id,
      return_request_id: input.return_request_id,
      customer_id: input.customer_id,
    })
    const data = transform({ input, context }, ({ input, context }) => ({
      order_id: context.order_id,
      return_request_id: context.return_request_id,
      customer_id: context.customer_id,
      currency_code: context.currency_code,
      priority: context.priority,
      reason_category: input.reason_category,
      claim: input.claim,
      opened_by_type: input.opened_by_type,
      opened_by: input.opened_by,
    }))
    const dispute = openDisputeStep(data)
    markReturnRequestDisputedStep(
      transform({ dispute }, ({ dispute }) => ({
        return_request_id: dispute.return_request_id,
        // A create need not echo the DB-default created_at; now is as good.
        disputed_at: dispute.created_at ?? new Date(),
      }))
    )

    emitEventStep({
      eventName: DisputeEvents.OPENED,
      data: transform({ dispute }, ({ dispute }) => ({
        id: dispute.id,
        number: dispute.number,
        order_id: dispute.order_id,
        customer_id: dispute.customer_id,
        return_request_id: dispute.return_request_id,
        opened_by_type: dispute.opened_by_type,
        priority: dispute.priority,
      })),
    })

    const disputeOpened = createHook("disputeOpened", { dispute })
    return new WorkflowResponse(dispute, { hooks: [disputeOpened] })
  }
)
