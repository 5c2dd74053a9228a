import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendCustomerNotificationWorkflow } from "./send-customer-notification"
import {
  buildStoreCreditRefundNotificationStep,
  type StoreCreditIssuedEventData,
} from "./steps/build-store-credit-refund-notification"

export const notifyStoreCreditRefundWorkflowId = "notify-store-credit-refund"

/**
 * Emails the customer the store credit a return was refunded in
 * (`return_request.store_credit_issued`): the refund, the tier's bonus and
 * the code to spend it. Transactional, sent once per request, with retries
 * and the feed as fallback.
 *
 * @example
 * await notifyStoreCreditRefundWorkflow(container).run({ input: { id: "rreq_123" } })
 */
export const notifyStoreCreditRefundWorkflow = createWorkflow(
  notifyStoreCreditRefundWorkflowId,
  (input: StoreCreditIssuedEventData) => {
    const message = buildStoreCreditRefundNotificationStep({
      event: "return_request.store_credit_issued",
      data: input,
    })
    const result = when(
      "send-store-credit-refund-notification",
      { message },
      ({ message }) => !!message
    ).then(() =>
      sendCustomerNotificationWorkflow.runAsStep({
        input: transform({ message }, ({ message }) => message!),
      })
    )
    // Null when there was nothing to send (no credit recorded).
    const outcome = transform({ result }, ({ result }) => result ?? null)
    return new WorkflowResponse(outcome)
  }
)
