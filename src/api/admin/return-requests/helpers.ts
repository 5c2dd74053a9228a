import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { returnRequestFields } from "../../store/return-requests/helpers"

export const adminReturnRequestFields = [
  ...returnRequestFields,
  "created_by_type",
  "created_by",
  "policy_id",
  "policy_version",
  "tier_id",
  "metadata",
  "idempotency_key",
  "opened_at",
  // Staff only: a CSR's note on a line (what evidence they saw).
  "items.note",
  "decisions.id",
  "decisions.override",
  "decisions.decided_by_type",
  "decisions.decided_by",
  "decisions.policy_version",
  "decisions.tier_snapshot",
  "decisions.rules",
  "decisions.time_to_decision_ms",
]

export const refetchReturnRequest = async (
  id: string,
  scope: MedusaContainer
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [request],
  } = await query.graph({
    entity: "return_request",
    fields: adminReturnRequestFields,
    filters: { id },
  })
  if (!request) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return request with id: ${id} was not found`
    )
  }
  return request
}

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
