import type { AdminDisputeMessageResponse } from "../../../../../types/http"
import type { AdminRoute } from "../../../../utils/http"
import { addDisputeMessageWorkflow } from "../../../../../workflows/disputes"
import type { AdminCreateDisputeMessageType } from "../../validators"

/** A staff reply to the customer, or with `internal` a note only staff see. */
export const POST: AdminRoute<
  AdminDisputeMessageResponse,
  AdminCreateDisputeMessageType
> = async (req, res) => {
  const { result } = await addDisputeMessageWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      author_type: "staff",
      author_id: req.auth_context.actor_id,
      body: req.validatedBody.body,
      internal: req.validatedBody.internal ?? false,
      channel: req.validatedBody.channel,
    },
  })
  res.json({ message: result })
}
