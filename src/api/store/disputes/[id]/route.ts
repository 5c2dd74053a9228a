import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { StoreDisputeDetailResponse } from "../../../../types/http"
import { refetchDispute } from "../../../utils/disputes"

/** One of the customer's disputes with its messages (no internal notes) and evidence. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StoreDisputeDetailResponse>
) => {
  res.json({
    dispute: await refetchDispute(req.params.id, req.scope, {
      customerId: req.auth_context.actor_id,
    }),
  })
}
