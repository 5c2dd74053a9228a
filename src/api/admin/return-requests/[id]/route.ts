import type { AdminRoute } from "../../../utils/http"
import type { AdminReturnRequestResponse } from "../../../../types/http"
import { refetchReturnRequest } from "../../../utils/return-requests"

/** One request with its full decision trail (rules, policy version, tier). */
export const GET: AdminRoute<AdminReturnRequestResponse> = async (req, res) => {
  res.json({
    return_request: await refetchReturnRequest(req.params.id, req.scope),
  })
}
