import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ORDER_RELATED_PAGE_OF_ONE } from "../utils/order-related"
import { getOrderPointsStep } from "./steps/get-order-points"
import { evaluateLoyaltyTiersWorkflow } from "./evaluate-loyalty-tiers"
import { recordPointsStep } from "./steps/record-points"
import { syncOrderFactStep } from "./steps/sync-order-fact"
import { ORDER_FACT_FIELDS, orderFactOf } from "./utils/order-fact"

export type ReverseOrderPointsWorkflowInput = {
  order_id: string
  /** The received return; without it the whole order is reversed (cancel). */
  return_id?: string
}

export const reverseOrderPointsWorkflowId = "reverse-order-points"

const ORDER_FIELDS = [...ORDER_FACT_FIELDS, "display_id"]

/**
 * Takes back the points of the goods that came back, whatever the refund
 * form (money, store credit, exchange): the returned lines' share of the
 * order's net item value. A cancel reverses what is left. Pending points go
 * first; points already spent become debt (see the ledger). Idempotent per
 * return / cancel.
 *
 * @example
 * await reverseOrderPointsWorkflow(container).run({ input: { order_id, return_id } })
 */
export const reverseOrderPointsWorkflow = createWorkflow(
  reverseOrderPointsWorkflowId,
  (input: ReverseOrderPointsWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-order" })

    // A cancel has no return: filter on no id rather than on undefined.
    const returnFilters = transform({ input }, ({ input }) => ({
      id: input.return_id ? [input.return_id] : [],
    }))
    const { data: returns } = useQueryGraphStep({
      entity: "return",
      fields: [
        "id",
        "items.item_id",
        "items.quantity",
        "items.received_quantity",
      ],
      filters: returnFilters,
      pagination: ORDER_RELATED_PAGE_OF_ONE,
    }).config({ name: "get-return" })

    const { data: exchanges } = useQueryGraphStep({
      entity: "order_exchange",
      fields: ["id"],
      filters: transform({ input }, ({ input }) => ({
        return_id: input.return_id ? [input.return_id] : [],
      })),
      pagination: ORDER_RELATED_PAGE_OF_ONE,
    }).config({ name: "get-return-exchange" })

    const points = getOrderPointsStep({ order_id: input.order_id })

    const entries = transform(
      { input, orders, returns, points, exchanges },
      ({ input, orders, returns, points, exchanges }) => {
        const order = orders[0]
        const left = points.earned - points.reversed
        // An exchange's return keeps the sale: its points move by the price
        // difference (`adjustExchangePointsWorkflow`), never wholesale.
        if (!order.customer_id || left <= 0 || exchanges.length) {
          return []
        }

        let toReverse = left
        let amount = points.net
        if (input.return_id) {
          // Shares come from the lines as placed: Medusa's live line totals
          // shrink to the kept quantity once items are received back.
          const lines = Object.values(points.lines)
          const orderNet = lines.reduce((sum, l) => sum + l.net, 0)
          const returnedNet = (returns[0]?.items ?? []).reduce((sum, ri) => {
            const line = points.lines[ri?.item_id as string]
            const qty = Number(ri?.received_quantity || ri?.quantity || 0)
            return line?.quantity ? sum + (line.net * qty) / line.quantity : sum
          }, 0)
          amount = Math.min(points.net, returnedNet)
          toReverse =
            orderNet > 0
              ? Math.min(
                  left,
                  Math.round((points.earned * returnedNet) / orderNet)
                )
              : 0
        }
        if (toReverse <= 0) {
          return []
        }

        return [
          {
            customer_id: order.customer_id,
            type: "reverse" as const,
            points: -toReverse,
            source_type: "order",
            source_id: order.id,
            idempotency_key: input.return_id
              ? `order.return_received:${input.return_id}`
              : `order.canceled:${order.id}`,
            note: input.return_id
              ? `Return on order #${order.display_id}`
              : `Order #${order.display_id} canceled`,
            amount: -Math.round(amount * 100) / 100,
            metadata: { canceled: !input.return_id },
          },
        ]
      }
    )

    const recorded = recordPointsStep(entries)

    // The order's fact follows the ledger (points reversed) and the cancel,
    // even when nothing was left to reverse.
    syncOrderFactStep(
      transform({ orders }, ({ orders }) => orderFactOf(orders[0]))
    )

    const customerIds = transform({ orders }, ({ orders }) =>
      orders[0].customer_id ? [orders[0].customer_id] : []
    )
    evaluateLoyaltyTiersWorkflow.runAsStep({
      input: { customer_ids: customerIds },
    })
    return new WorkflowResponse({ entries, recorded })
  }
)
