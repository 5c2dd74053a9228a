import type { StoreRoute } from "../../../utils/http"
import type { StoreDisputeDetailResponse } from "../../../../types/http"
import { refetchDispute } from "../../../utils/disputes"

/** One of the customer's disputes with its messages (no internal notes) and evidence. */
export const GET: StoreRoute<StoreDisputeDetailResponse> = async (req, res) => {
  res.json({
    dispute: await refetchDispute(req.params.id, req.scope, {
      customerId: req.auth_context.actor_id,
    }),
  })
}
