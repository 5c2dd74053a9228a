import type { StoreRoute } from "../../../../utils/http"
import type { StoreReturnRequestListResponse } from "../../../../../types/http"
import { listEntities } from "../../../../utils/query"
import { returnRequestFields } from "../../../../utils/return-requests"

/** The signed-in customer's return requests, newest first. */
export const GET: StoreRoute<StoreReturnRequestListResponse> = async (
  req,
  res
) => {
  const { data: return_requests, ...page } = await listEntities(req, {
    entity: "return_request",
    fields: returnRequestFields,
    filters: { customer_id: req.auth_context.actor_id },
  })
  res.json({ return_requests, ...page })
}
