import {
  transform,
  when,
  type WorkflowData,
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

export type OwedCreditLineInput = {
  order_id: string
  /** What Medusa should no longer owe the customer, in the main unit. */
  amount: number
  /** Why, on the credit line (`return_request`, ...). */
  reference: string
  reference_id: string
  /** The order change's description, shown in Medusa's admin. */
  description: string
}

/**
 * Composes, inside a workflow, a negative credit line that lowers what an
 * order owes its customer (its negative `pending_difference`) by `amount`,
 * capped to what it owes; nothing is written for a canceled order or one
 * that owes nothing. Medusa's summary and its Refund button then show what
 * is really owed. Returns the line's amount (negative), or null.
 *
 * It is the order change core-flows' `createOrderRefundCreditLinesWorkflow`
 * makes (not exported in 2.21), not `createOrderCreditLinesWorkflow`:
 * @medusajs/loyalty-plugin consumes that one's `creditLinesCreated` hook to
 * credit the store credit account, which would credit the customer again.
 * Compose it once per workflow (its steps have fixed names).
 *
 * @example
 * const amount = composeOwedCreditLine(transform({ input }, ({ input }) => ({
 *   order_id: input.order_id, amount: 1.5, reference: "return_request_restocking_fee",
 *   reference_id: input.return_request_id, description: "Restocking fee",
 * })))
 */
export const composeOwedCreditLine = (
  input: WorkflowData<OwedCreditLineInput>
) => {
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
    const wanted = MathBN.convert(input.amount ?? 0)
    const settled = MathBN.lt(owed, wanted) ? owed : wanted
    return MathBN.gt(settled, 0) ? MathBN.mult(settled, -1).toNumber() : null
  })

  // The name settle-return-with-store-credit's stored executions know.
  when(
    "order-owes-the-refund",
    { amount },
    ({ amount }) => amount !== null
  ).then(() => {
    const change = createOrderChangeStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        change_type: OrderChangeType.CREDIT_LINE,
        description: input.description,
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
            reference: input.reference,
            reference_id: input.reference_id,
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

  return amount
}
