import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { getOrderPointsStep } from "./steps/get-order-points"
import { recordPointsStep } from "./steps/record-points"

export type AdjustExchangePointsWorkflowInput = {
  order_id: string
  exchange_id: string
  /** The exchange's difference before tax: > 0 the customer paid more. */
  net_difference: number
}

export const adjustExchangePointsWorkflowId = "adjust-exchange-points"

/**
 * An exchange keeps the order's points and moves them by the price
 * difference, at the rate the order earned: an accrual when the new item
 * costs more, a reversal when it costs less. The exchange's return reverses
 * nothing (see `reverseOrderPointsWorkflow`). Idempotent per exchange.
 *
 * @example
 * await adjustExchangePointsWorkflow(container).run({ input: { order_id, exchange_id, net_difference: 10 } })
 */
export const adjustExchangePointsWorkflow = createWorkflow(
  adjustExchangePointsWorkflowId,
  (input: AdjustExchangePointsWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "customer_id"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-order" })
    const points = getOrderPointsStep({ order_id: input.order_id })

    const entries = transform(
      { input, orders, points },
      ({ input, orders, points }) => {
        const order = orders[0]
        const orderNet = Object.values(points.lines).reduce(
          (sum, l) => sum + l.net,
          0
        )
        if (!order.customer_id || !points.earned || orderNet <= 0) {
          return []
        }
        const delta = Math.round(
          (points.earned * input.net_difference) / orderNet
        )
        // A surplus cannot take back more than the order still holds.
        const left = points.earned - points.reversed
        const pointsDelta = delta < 0 ? -Math.min(left, -delta) : delta
        if (!pointsDelta) {
          return []
        }
        return [
          {
            customer_id: order.customer_id,
            type: pointsDelta > 0 ? ("adjust" as const) : ("reverse" as const),
            points: pointsDelta,
            source_type: "order",
            source_id: order.id,
            idempotency_key: `order.exchange:${input.exchange_id}`,
            note: `Exchange on order #${order.display_id}`,
            amount: Math.round(input.net_difference * 100) / 100,
            metadata: { exchange_id: input.exchange_id },
          },
        ]
      }
    )
    const recorded = recordPointsStep(entries)
    return new WorkflowResponse({ entries, recorded })
  }
)
