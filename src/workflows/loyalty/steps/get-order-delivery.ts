import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderWithDelivery } from "../../utils/load-order"
import { queryStep } from "../../utils/module-step"

export type GetOrderDeliveryStepInput = {
  /** The order, or one of its fulfillments (as `delivery.created` names it). */
  order_id?: string | null
  fulfillment_id?: string | null
}

export type OrderDelivery = {
  order_id: string
  customer_id: string | null
  /** The earliest delivery (`orderDeliveredAt`); null before any. */
  delivered_at: Date | null
}

export const getOrderDeliveryStepId = "get-order-delivery"

/**
 * An order's customer and when it counts as delivered, found from the
 * order or from one of its fulfillments. Null for an unknown id.
 * Read-only.
 *
 * @example
 * const delivery = getOrderDeliveryStep({ fulfillment_id: "ful_123" })
 */
export const getOrderDeliveryStep = queryStep(
  getOrderDeliveryStepId,
  async (input: GetOrderDeliveryStepInput, query) => {
    let orderId = input.order_id ?? null
    if (!orderId && input.fulfillment_id) {
      const {
        data: [fulfillment],
      } = await query.graph({
        entity: "fulfillment",
        fields: ["id", "order.id"],
        filters: { id: input.fulfillment_id },
      })
      orderId = (fulfillment?.order as { id: string } | null)?.id ?? null
    }
    if (!orderId) {
      return new StepResponse<OrderDelivery | null>(null)
    }
    const order = await loadOrderWithDelivery(query, orderId, [
      "id",
      "customer_id",
    ])
    if (!order) {
      return new StepResponse<OrderDelivery | null>(null)
    }
    return new StepResponse<OrderDelivery | null>({
      order_id: order.id,
      customer_id: order.customer_id ?? null,
      delivered_at: order.delivered_at,
    })
  }
)
