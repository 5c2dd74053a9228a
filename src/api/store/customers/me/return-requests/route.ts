import type { StoreRoute } from "../../../../utils/http"
import type { StoreReturnRequestListResponse } from "../../../../../types/http"
import { listEntities } from "../../../../utils/query"
import { presentCustomerReturnRequests } from "../../../../utils/return-requests"

/** The signed-in customer's return requests, newest first, as a page shows them. */
export const GET: StoreRoute<StoreReturnRequestListResponse> = async (
  req,
  res
) => {
  const customerId = req.auth_context.actor_id
  const { data, ...page } = await listEntities<{ id: string }>(req, {
    entity: "return_request",
    fields: ["id"],
    filters: { customer_id: customerId },
  })
  const return_requests = await presentCustomerReturnRequests(
    data.map((r) => r.id),
    customerId,
    req.scope
  )
  res.json({ return_requests, ...page })
}
