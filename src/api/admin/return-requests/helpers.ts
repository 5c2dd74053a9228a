import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// ILIKE treats % and _ as wildcards: a typed "50%" means the characters.
const escapeLike = (value: string) => value.replace(/[\\%_]/g, "\\$&")

/**
 * The `$or` filter of the queue's search box: the RMA number, the email of
 * the customer (Customer module) or the order number (Order module). The
 * other modules are asked first, as the request only holds their ids.
 */
export const searchReturnRequestsFilter = async (
  q: string,
  scope: MedusaContainer
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const term = escapeLike(q.trim())
  const or: Record<string, unknown>[] = [
    { rma_number: { $ilike: `%${term}%` } },
  ]
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { email: { $ilike: `%${term}%` } },
  })
  if (customers.length) {
    or.push({ customer_id: customers.map((c) => c.id) })
  }
  const orderNumber = /^#?(\d{1,9})$/.exec(q.trim())
  if (orderNumber) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id"],
      filters: { display_id: Number(orderNumber[1]) },
    })
    if (orders.length) {
      or.push({ order_id: orders.map((o) => o.id) })
    }
  }
  return or
}
