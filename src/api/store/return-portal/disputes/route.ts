import type { StoreDisputeListResponse } from "../../../../types/http"
import { guestOrderFilter } from "../../../utils/customer-or-guest"
import { forCustomer } from "../../../utils/disputes"
import type { StoreRoute } from "../../../utils/http"
import { listEntities } from "../../../utils/query"

/**
 * The portal's list of disputes, newest first: a signed-in customer's, or
 * a guest session's order's. Same answer as `/store/customers/me/disputes`
 * (with what the customer may still do), which Medusa keeps to signed-in
 * customers.
 */
export const GET: StoreRoute<StoreDisputeListResponse> = async (req, res) => {
  const { data: disputes, ...page } = await listEntities(req, {
    entity: "dispute",
    filters: {
      customer_id: req.auth_context.actor_id,
      ...guestOrderFilter(req),
    },
  })
  res.json({ disputes: disputes.map(forCustomer), ...page })
}
