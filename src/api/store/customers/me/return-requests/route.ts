import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { StoreReturnRequestListResponse } from "../../../../../types/http"
import { listEntities } from "../../../../utils/query"
import { returnRequestFields } from "../../../../utils/return-requests"

/** The signed-in customer's return requests, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreReturnRequestListResponse>
) => {
  const { data: return_requests, ...page } = await listEntities(req, {
    entity: "return_request",
    fields: returnRequestFields,
    filters: { customer_id: req.auth_context.actor_id },
  })
  res.json({ return_requests, ...page })
}
