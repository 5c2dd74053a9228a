import type { StoreRoute } from "../../../../utils/http"
import type { StoreDisputeListResponse } from "../../../../../types/http"
import { forCustomer } from "../../../../utils/disputes"
import { listEntities } from "../../../../utils/query"

/** The customer's disputes, newest first. */
export const GET: StoreRoute<StoreDisputeListResponse> = async (req, res) => {
  const { data: disputes, ...page } = await listEntities(req, {
    entity: "dispute",
    filters: { customer_id: req.auth_context.actor_id },
  })
  res.json({ disputes: disputes.map(forCustomer), ...page })
}
