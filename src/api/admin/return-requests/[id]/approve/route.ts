import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminReturnRequestResponse } from "../../../../../types/http"
import { approveReturnRequestWorkflow } from "../../../../../workflows/return-policy"
import { refetchReturnRequest } from "../../../../utils/return-requests"
import type { AdminApproveReturnRequestType } from "../../validators"

/** Approves a request under review and creates its native return. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveReturnRequestType>,
  res: MedusaResponse<AdminReturnRequestResponse>
) => {
  await refetchReturnRequest(req.params.id, req.scope)
  await approveReturnRequestWorkflow(req.scope).run({
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
