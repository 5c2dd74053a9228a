import type { StoreRoute } from "../../../../utils/http"
import type { StoreReturnRequestResponse } from "../../../../../types/http"
import { setReturnMethodWorkflow } from "../../../../../workflows/logistics"
import { refetchCustomerReturnRequest } from "../../../../utils/return-requests"
import type { StoreReturnMethodType } from "../../validators"

/**
 * The customer chooses how the parcel leaves: a drop-off at a service
 * point, or a pickup at their address on a day, where the return's carrier
 * collects parcels.
 */
export const POST: StoreRoute<
  StoreReturnRequestResponse,
  StoreReturnMethodType
> = async (req, res) => {
  const customerId = req.auth_context.actor_id
  await setReturnMethodWorkflow(req.scope).run({
    input: {
      request_id: req.params.id,
      customer_id: customerId,
      method: req.validatedBody.method,
      pickup_date: req.validatedBody.pickup_date ?? null,
    },
  })
  res.json({
    return_request: await refetchCustomerReturnRequest(
      req.params.id,
      customerId,
      req.scope
    ),
  })
}
