import type { StoreDisputeMessageResponse } from "../../../../../types/http"
import type { StoreRoute } from "../../../../utils/http"
import { addDisputeMessageWorkflow } from "../../../../../workflows/disputes"
import type { StoreCreateDisputeMessageType } from "../../validators"

/** The customer writes on their open dispute. */
export const POST: StoreRoute<
  StoreDisputeMessageResponse,
  StoreCreateDisputeMessageType
> = async (req, res) => {
  const customerId = req.auth_context.actor_id
  const { result } = await addDisputeMessageWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      customer_id: customerId,
      author_type: "customer",
      author_id: customerId,
      body: req.validatedBody.body,
      channel: "portal",
    },
  })
  res.json({ message: result })
}
