import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminDisputeResponse } from "../../../../../types/http"
import { assignDisputeWorkflow } from "../../../../../workflows/disputes"
import { refetchDisputeSummary } from "../../../../utils/disputes"
import type { AdminAssignDisputeType } from "../../validators"

/** Assigns the dispute to an admin user (null unassigns). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAssignDisputeType>,
  res: MedusaResponse<AdminDisputeResponse>
) => {
  await refetchDisputeSummary(req.params.id, req.scope)
  await assignDisputeWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      assignee_id: req.validatedBody.assignee_id,
      assigned_by: req.auth_context.actor_id,
    },
  })
  res.json({ dispute: await refetchDisputeSummary(req.params.id, req.scope) })
}
