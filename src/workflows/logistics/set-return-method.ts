import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  setReturnMethodStep,
  type SetReturnMethodStepInput,
} from "./steps/set-return-method"

export const setReturnMethodWorkflowId = "set-return-method"

/**
 * How an approved return's parcel leaves: `drop_off` at a service point,
 * or `pickup` on a day (tomorrow up to two weeks ahead) where the return
 * shipping option's carrier collects parcels. Chosen by the customer
 * (`customer_id`: their own requests only) or booked for them by staff
 * (`admin_id`, e.g. a CSR on the phone); the shipment records which.
 * Refused once the carrier has the parcel.
 *
 * @example
 * await setReturnMethodWorkflow(container).run({
 *   input: { request_id: "rreq_123", customer_id, method: "pickup", pickup_date: "2026-12-09" },
 * })
 * // A CSR books it for the customer:
 * await setReturnMethodWorkflow(container).run({
 *   input: { request_id: "rreq_123", admin_id: "user_123", method: "pickup", pickup_date: "2026-12-09" },
 * })
 */
export const setReturnMethodWorkflow = createWorkflow(
  setReturnMethodWorkflowId,
  (input: SetReturnMethodStepInput) => {
    return new WorkflowResponse(setReturnMethodStep(input))
  }
)
