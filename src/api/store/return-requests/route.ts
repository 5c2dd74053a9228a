import type { StoreRoute } from "../../utils/http"
import type { StoreReturnRequestResponse } from "../../../types/http"
import { requestReturnWorkflow } from "../../../workflows/return-policy"
import {
  requestExchangeWorkflow,
  type ExchangeRequestItemInput,
} from "../../../workflows/exchanges"
import { refetchCustomerReturnRequest } from "../../utils/return-requests"
import type { StoreCreateReturnRequestType } from "./validators"

/**
 * A customer asks to return items of their order. Within policy it is
 * approved at once (with the native return) or queued for review; outside
 * policy it is refused with the reasons.
 */
export const POST: StoreRoute<
  StoreReturnRequestResponse,
  StoreCreateReturnRequestType
> = async (req, res) => {
  const customerId = req.auth_context.actor_id
  const actor = {
    customer_id: customerId,
    channel: "storefront" as const,
    created_by_type: "customer" as const,
    created_by: customerId,
  }
  const body = req.validatedBody
  // Lines with an exchange choice become an exchange (all or none, see the
  // validator); the rest is a refund request.
  const { result } = body.items[0]?.exchange
    ? await requestExchangeWorkflow(req.scope).run({
        input: {
          ...body,
          ...actor,
          items: body.items as ExchangeRequestItemInput[],
        },
      })
    : await requestReturnWorkflow(req.scope).run({
        input: { ...body, ...actor },
      })
  const returnRequest = await refetchCustomerReturnRequest(
    result.id,
    customerId,
    req.scope
  )
  res.status(200).json({ return_request: returnRequest })
}
