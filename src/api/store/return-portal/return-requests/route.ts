import type { StoreReturnRequestListResponse } from "../../../../types/http"
import { guestOrderFilter } from "../../../utils/customer-or-guest"
import type { StoreRoute } from "../../../utils/http"
import { listEntities } from "../../../utils/query"
import { presentCustomerReturnRequests } from "../../../utils/return-requests"

/**
 * The portal's list of return requests, newest first: a signed-in
 * customer's, or a guest session's order's. Same answer as
 * `/store/customers/me/return-requests` (each request as a page shows it),
 * which Medusa keeps to signed-in customers (its own `authenticate` on
 * `/store/customers/me*`).
 */
export const GET: StoreRoute<StoreReturnRequestListResponse> = async (
  req,
  res
) => {
  const customerId = req.auth_context.actor_id
  const { data, ...page } = await listEntities<{ id: string }>(req, {
    entity: "return_request",
    fields: ["id"],
    filters: { customer_id: customerId, ...guestOrderFilter(req) },
  })
  const return_requests = await presentCustomerReturnRequests(
    data.map((r) => r.id),
    customerId,
    req.scope
  )
  res.json({ return_requests, ...page })
}
