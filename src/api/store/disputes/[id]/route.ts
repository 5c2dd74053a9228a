import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refetchDispute } from "../../../utils/disputes"

/** One of the customer's disputes with its messages (no internal notes) and evidence. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    dispute: await refetchDispute(req.params.id, req.scope, {
      customerId: req.auth_context.actor_id,
    }),
  })
}
