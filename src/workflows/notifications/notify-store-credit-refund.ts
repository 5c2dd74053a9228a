import type { WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createNotifyWorkflow } from "./create-notify-workflow"
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
 * Returns null when there was nothing to send (no credit recorded).
 *
 * @example
 * await notifyStoreCreditRefundWorkflow(container).run({ input: { id: "rreq_123" } })
 */
export const notifyStoreCreditRefundWorkflow = createNotifyWorkflow(
  notifyStoreCreditRefundWorkflowId,
  (data: WorkflowData<StoreCreditIssuedEventData>) =>
    buildStoreCreditRefundNotificationStep({
      event: "return_request.store_credit_issued",
      data,
    })
)
