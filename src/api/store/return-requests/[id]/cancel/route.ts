import type { StoreRoute } from "../../../../utils/http"
import type { StoreReturnRequestResponse } from "../../../../../types/http"
import { cancelReturnRequestWorkflow } from "../../../../../workflows/return-policy"
import { refetchCustomerReturnRequest } from "../../../../utils/return-requests"
import type { StoreCancelReturnRequestType } from "../../validators"

/** The customer withdraws their request while it is not received yet. */
export const POST: StoreRoute<
  StoreReturnRequestResponse,
  StoreCancelReturnRequestType
> = async (req, res) => {
  const customerId = req.auth_context.actor_id
  await cancelReturnRequestWorkflow(req.scope).run({
    input: {
      request_id: req.params.id,
      customer_id: customerId,
      canceled_by_type: "customer",
      canceled_by: customerId,
      note: req.validatedBody.note,
    },
  })
  const returnRequest = await refetchCustomerReturnRequest(
    req.params.id,
    customerId,
    req.scope
  )
  res.json({ return_request: returnRequest })
}
