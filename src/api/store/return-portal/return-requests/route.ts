import type { StoreReturnRequestListResponse } from "../../../../types/http"
import { guestOrderFilter } from "../../../utils/customer-or-guest"
import type { StoreRoute } from "../../../utils/http"
import { listEntities } from "../../../utils/query"
import { returnRequestFields } from "../../../utils/return-requests"

/**
 * The portal's list of return requests, newest first: a signed-in
 * customer's, or a guest session's order's. Same answer as
 * `/store/customers/me/return-requests`, which Medusa keeps to signed-in
 * customers (its own `authenticate` on `/store/customers/me*`).
 */
export const GET: StoreRoute<StoreReturnRequestListResponse> = async (
  req,
  res
) => {
  const { data: return_requests, ...page } = await listEntities(req, {
    entity: "return_request",
    fields: returnRequestFields,
    filters: {
      customer_id: req.auth_context.actor_id,
      ...guestOrderFilter(req),
    },
  })
  res.json({ return_requests, ...page })
}
