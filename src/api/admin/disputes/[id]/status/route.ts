import type { AdminRoute } from "../../../../utils/http"
import type { AdminDisputeResponse } from "../../../../../types/http"
import { updateDisputeStatusWorkflow } from "../../../../../workflows/disputes"
import { refetchDisputeSummary } from "../../../../utils/disputes"
import type { AdminUpdateDisputeStatusType } from "../../validators"

/** Moves an unresolved dispute to in_review, awaiting_customer or open. */
export const POST: AdminRoute<
  AdminDisputeResponse,
  AdminUpdateDisputeStatusType
> = async (req, res) => {
  await updateDisputeStatusWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      status: req.validatedBody.status,
      changed_by: req.auth_context.actor_id,
    },
  })
  res.json({ dispute: await refetchDisputeSummary(req.params.id, req.scope) })
}
