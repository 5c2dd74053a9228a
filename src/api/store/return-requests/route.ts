import type { StoreRoute } from "../../utils/http"
import type { StoreReturnRequestResponse } from "../../../types/http"
import {
  requestReturnWorkflow,
  type FreshReturnRequest,
} from "../../../workflows/return-policy"
import {
  requestExchangeWorkflow,
  type ExchangeRequestItemInput,
} from "../../../workflows/exchanges"
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
  const body = req.validatedBody
  const input = {
    ...body,
    customer_id: customerId,
    channel: "storefront" as const,
    created_by_type: "customer" as const,
    created_by: customerId,
  }
  // A return request's workflow hands over what it read for the answer
  // (`fresh`); an exchange's answer is read again.
  const answer = (request: { id: string; fresh?: FreshReturnRequest }) =>
    refetchCustomerReturnRequest(
      request.id,
      customerId,
      req.scope,
      request.fresh
    )
  // Lines with an exchange choice become an exchange (all or none, see the
  // validator); the rest is a refund request.
  const returnRequest = body.items[0]?.exchange
    ? await runWithEventsAfterAnswer(
        req.scope,
        requestExchangeWorkflow,
        { ...input, items: body.items as ExchangeRequestItemInput[] },
        answer
      )
    : await runWithEventsAfterAnswer(
        req.scope,
        requestReturnWorkflow,
        input,
        answer
      )
  res.status(200).json({ return_request: returnRequest })
}
