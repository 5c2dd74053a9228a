import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminReturnRequestResponse } from "../../../../../types/http"
import { rejectReturnRequestWorkflow } from "../../../../../workflows/return-policy"
import { refetchReturnRequest } from "../../../../utils/return-requests"
import type { AdminRejectReturnRequestType } from "../../validators"

/** Rejects a request under review; the note is what the customer is told. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectReturnRequestType>,
  res: MedusaResponse<AdminReturnRequestResponse>
) => {
  await refetchReturnRequest(req.params.id, req.scope)
  await rejectReturnRequestWorkflow(req.scope).run({
    input: {
      request_id: req.params.id,
      decided_by: req.auth_context.actor_id,
      note: req.validatedBody.note,
    },
  })
  res.json({
    return_request: await refetchReturnRequest(req.params.id, req.scope),
  })
}
