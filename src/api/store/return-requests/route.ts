import type { StoreRoute } from "../../utils/http"
import type { StoreReturnRequestResponse } from "../../../types/http"
import { requestReturnWorkflow } from "../../../workflows/return-policy"
import { runWithEventsAfterAnswer } from "../../utils/events-after-answer"
import { refetchCustomerReturnRequest } from "../../utils/return-requests"
import type { StoreCreateReturnRequestType } from "./validators"

/**
 * A customer asks to return items of their order. Within policy it is
 * approved at once (with the native return) or queued for review; outside
 * policy it is refused with the reasons. The request's events (emails,
 * webhooks) are released once the answer is read, so the customer does
 * not wait for their subscribers.
 */
export const POST: StoreRoute<
  StoreReturnRequestResponse,
  StoreCreateReturnRequestType
> = async (req, res) => {
  const customerId = req.auth_context.actor_id
  const returnRequest = await runWithEventsAfterAnswer(
    req.scope,
    requestReturnWorkflow,
    {
      ...req.validatedBody,
      customer_id: customerId,
      channel: "storefront",
      created_by_type: "customer",
      created_by: customerId,
    },
    (request) => refetchCustomerReturnRequest(request.id, customerId, req.scope)
  )
  res.status(200).json({ return_request: returnRequest })
}
