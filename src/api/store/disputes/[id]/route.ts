import type { StoreRoute } from "../../../utils/http"
import type { StoreDisputeDetailResponse } from "../../../../types/http"
import { refetchStoreDispute } from "../../../utils/disputes"

/**
 * One of the customer's disputes with its messages (no internal notes),
 * evidence, return request and timeline.
 */
export const GET: StoreRoute<StoreDisputeDetailResponse> = async (req, res) => {
  res.json({
    dispute: await refetchStoreDispute(
      req.params.id,
      req.auth_context.actor_id,
      req.scope
    ),
  })
}
