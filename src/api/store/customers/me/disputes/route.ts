import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { StoreDisputeListResponse } from "../../../../../types/http"
import { withOverdue } from "../../../../utils/disputes"
import { listEntities } from "../../../../utils/query"

/** The customer's disputes, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreDisputeListResponse>
) => {
  const { data: disputes, ...page } = await listEntities(req, {
    entity: "dispute",
    filters: { customer_id: req.auth_context.actor_id },
  })
  res.json({ disputes: disputes.map(withOverdue), ...page })
}
