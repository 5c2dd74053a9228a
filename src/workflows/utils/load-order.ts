import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { orderDeliveredAt } from "../../modules/return-policy/engine"

/** `container.resolve(ContainerRegistrationKeys.QUERY)`. */
type Query = Omit<RemoteQueryFunction, symbol>

/** The fulfillment dates `orderDeliveredAt` reads. */
export const orderDeliveryFields = [
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

/**
 * One order with `fields` and when it counts as delivered (`delivered_at`,
 * the return-policy engine's `orderDeliveredAt` over the fulfillments'
 * dates, which are read with it). Undefined for an unknown id.
 *
 * @example
 * const order = await loadOrderWithDelivery(query, "order_123", ["id", "created_at"])
 * order?.delivered_at // Date | null
 */
export const loadOrderWithDelivery = async (
  query: Query,
  orderId: string,
  fields: string[]
) => {
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [...fields, ...orderDeliveryFields],
    filters: { id: orderId },
  })
  return (
    order && { ...order, delivered_at: orderDeliveredAt(order.fulfillments) }
  )
}
