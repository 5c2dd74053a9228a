import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { composeOwedCreditLine } from "./order-credit-line"

export type SettleReturnWithStoreCreditWorkflowInput = {
  order_id: string
  /** The return request refunded in store credit. */
  return_request_id: string
  /** The refund the store credit replaces (the request's `refund_total`). */
  refund_total: number
}

export type SettleReturnWithStoreCreditWorkflowOutput = {
  /** The credit line's amount (negative), or null when nothing was owed. */
  credit_line_amount: number | null
}

export const settleReturnWithStoreCreditWorkflowId =
  "settle-return-with-store-credit"

/**
 * Records on the order that a return's refund was paid in store credit: a
 * negative credit line (reference `return_request`, the request's id) of
 * the refund, so the order's summary stops showing it as owed and
 * Medusa's own refund button has nothing left to refund. Capped to what
 * the order owes (its negative `pending_difference`); nothing is written
 * when it owes nothing. The tier's store-credit bonus is the store's gift,
 * not owed by the order, so it is not part of the line. See
 * `composeOwedCreditLine`.
 *
 * @example
 * await settleReturnWithStoreCreditWorkflow(container).run({
 *   input: { order_id: "order_123", return_request_id: "rreq_123", refund_total: 30 },
 * })
 */
export const settleReturnWithStoreCreditWorkflow = createWorkflow(
  settleReturnWithStoreCreditWorkflowId,
  (input: SettleReturnWithStoreCreditWorkflowInput) => {
    const amount = composeOwedCreditLine(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        amount: input.refund_total,
        reference: "return_request",
        reference_id: input.return_request_id,
        description: "Return refunded in store credit",
      }))
    )
    return new WorkflowResponse(
      transform({ amount }, ({ amount }) => ({ credit_line_amount: amount }))
    )
  }
)
