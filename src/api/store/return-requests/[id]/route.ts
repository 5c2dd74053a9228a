import type { StoreRoute } from "../../../utils/http"
import type { StoreReturnRequestResponse } from "../../../../types/http"
import { refetchCustomerReturnRequest } from "../../../utils/return-requests"

/** One of the signed-in customer's return requests, with its decisions. */
export const GET: StoreRoute<StoreReturnRequestResponse> = async (req, res) => {
  const returnRequest = await refetchCustomerReturnRequest(
    req.params.id,
    req.auth_context.actor_id,
    req.scope
  )
  res.json({ return_request: returnRequest })
}
