import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { composeOwedCreditLine } from "./order-credit-line"

export type ChargeReturnRestockingFeeWorkflowInput = {
  order_id: string
  /** The return request whose policy charges the fee. */
  return_request_id: string
  /** The request's `restocking_fee_total`, in the main unit. */
  restocking_fee: number
}

export type ChargeReturnRestockingFeeWorkflowOutput = {
  /** The credit line's amount (negative), or null when nothing was owed. */
  credit_line_amount: number | null
}

export const chargeReturnRestockingFeeWorkflowId =
  "charge-return-restocking-fee"

/**
 * Keeps a return's restocking fee out of what Medusa refunds. Medusa's
 * return refunds the items less return shipping and knows nothing of the
 * policy's fee, so once the items are received the order owed the customer
 * the fee on top of the request's refund. A negative credit line of the fee
 * (reference `return_request_restocking_fee`, the request's id) brings
 * what the order owes, and the amount on Medusa's Refund button, down to
 * the request's `refund_total`: the amount the customer was told. Capped to
 * what the order owes; see `composeOwedCreditLine`.
 *
 * @example
 * await chargeReturnRestockingFeeWorkflow(container).run({
 *   input: { order_id: "order_123", return_request_id: "rreq_123", restocking_fee: 1.5 },
 * })
 */
export const chargeReturnRestockingFeeWorkflow = createWorkflow(
  chargeReturnRestockingFeeWorkflowId,
  (input: ChargeReturnRestockingFeeWorkflowInput) => {
    const amount = composeOwedCreditLine(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        amount: input.restocking_fee,
        reference: "return_request_restocking_fee",
        reference_id: input.return_request_id,
        description: "Restocking fee",
      }))
    )
    return new WorkflowResponse(
      transform({ amount }, ({ amount }) => ({ credit_line_amount: amount }))
    )
  }
)
