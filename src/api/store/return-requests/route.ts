import type { StoreRoute } from "../../utils/http"
import type { StoreReturnRequestResponse } from "../../../types/http"
import { requestReturnWorkflow } from "../../../workflows/return-policy"
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
  const { result } = await requestReturnWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      customer_id: customerId,
      channel: "storefront",
      created_by_type: "customer",
      created_by: customerId,
    },
  })
  const returnRequest = await refetchCustomerReturnRequest(
    result.id,
    customerId,
    req.scope
  )
  res.status(200).json({ return_request: returnRequest })
}
