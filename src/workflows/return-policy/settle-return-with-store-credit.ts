import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  ChangeActionType,
  MathBN,
  OrderChangeType,
} from "@medusajs/framework/utils"
import {
  createOrderChangeActionsWorkflow,
  createOrderChangeStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { confirmReturnCreditLineStep } from "./steps/confirm-return-credit-line"

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
 * not owed by the order, so it is not part of the line.
 *
 * It composes the same order change as core-flows'
 * `createOrderRefundCreditLinesWorkflow` (not exported in 2.21), not
 * `createOrderCreditLinesWorkflow`: @medusajs/loyalty-plugin consumes that
 * one's `creditLinesCreated` hook to credit the store credit account, which
 * would credit the customer a second time.
 *
 * @example
 * await settleReturnWithStoreCreditWorkflow(container).run({
 *   input: { order_id: "order_123", return_request_id: "rreq_123", refund_total: 30 },
 * })
 */
export const settleReturnWithStoreCreditWorkflow = createWorkflow(
  settleReturnWithStoreCreditWorkflowId,
  (input: SettleReturnWithStoreCreditWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "status", "summary"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-order-balance" })

    const amount = transform({ orders, input }, ({ orders, input }) => {
      const order = orders[0]
      if (order.status === "canceled") {
        return null
      }
      const summary = (order.summary ?? {}) as Record<string, any>
      const owed = MathBN.mult(
        summary.raw_pending_difference ?? summary.pending_difference ?? 0,
        -1
      )
      const refund = MathBN.convert(input.refund_total ?? 0)
      const settled = MathBN.lt(owed, refund) ? owed : refund
      return MathBN.gt(settled, 0) ? MathBN.mult(settled, -1).toNumber() : null
    })

    when(
      "order-owes-the-refund",
      { amount },
      ({ amount }) => amount !== null
    ).then(() => {
      const change = createOrderChangeStep(
        transform({ input }, ({ input }) => ({
          order_id: input.order_id,
          change_type: OrderChangeType.CREDIT_LINE,
          description: "Return refunded in store credit",
        }))
      )
      createOrderChangeActionsWorkflow.runAsStep({
        input: transform(
          { input, change, amount },
          ({ input, change, amount }) => [
            {
              order_change_id: change.id,
              order_id: input.order_id,
              version: change.version,
              action: ChangeActionType.CREDIT_LINE_ADD,
              reference: "return_request",
              reference_id: input.return_request_id,
              amount: amount!,
            },
          ]
        ),
      })
      confirmReturnCreditLineStep(
        transform({ input, change }, ({ input, change }) => ({
          order_id: input.order_id,
          order_change_id: change.id,
        }))
      )
    })

    return new WorkflowResponse(
      transform({ amount }, ({ amount }) => ({ credit_line_amount: amount }))
    )
  }
)
