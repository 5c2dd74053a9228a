import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addDisputeMessageWorkflow } from "../../../../../workflows/disputes"
import type { AdminCreateDisputeMessageType } from "../../validators"

/** A staff reply to the customer, or with `internal` a note only staff see. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDisputeMessageType>,
  res: MedusaResponse
) => {
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
