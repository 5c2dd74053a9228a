import { createEventNotifyWorkflow } from "./create-notify-workflow"
import { buildStoreCreditRefundNotificationStep } from "./steps/build-store-credit-refund-notification"

export const notifyStoreCreditRefundWorkflowId = "notify-store-credit-refund"

/**
 * Emails the customer the store credit a return was refunded in
 * (`return_request.store_credit_issued`): the refund, the tier's bonus and
 * the code to spend it. Transactional, sent once per request, with retries
 * and the feed as fallback.
 * Returns null when there was nothing to send (no credit recorded).
 *
 * @example
 * await notifyStoreCreditRefundWorkflow(container).run({ input: { id: "rreq_123" } })
 */
export const notifyStoreCreditRefundWorkflow = createEventNotifyWorkflow(
  notifyStoreCreditRefundWorkflowId,
  "return_request.store_credit_issued",
  buildStoreCreditRefundNotificationStep
)
