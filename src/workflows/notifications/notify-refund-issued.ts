import { PaymentEvents } from "@medusajs/framework/utils"
import type { WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createNotifyWorkflow } from "./create-notify-workflow"
import {
  buildRefundIssuedNotificationStep,
  type PaymentRefundedEventData,
} from "./steps/build-refund-issued-notification"

export const notifyRefundIssuedWorkflowId = "notify-refund-issued"

/**
 * Emails the customer the refund Medusa just issued for a return
 * (`payment.refunded`): the refund's real amount and currency, with the
 * return's RMA. Transactional. Sent once per refund
 * (`payment.refunded:${refund id}:refund-issued`), with retries and the
 * feed as fallback.
 * Returns null when there was nothing to send (no return, a guest, no refund).
 *
 * @example
 * await notifyRefundIssuedWorkflow(container).run({ input: { id: "pay_123" } })
 */
export const notifyRefundIssuedWorkflow = createNotifyWorkflow(
  notifyRefundIssuedWorkflowId,
  (data: WorkflowData<PaymentRefundedEventData>) =>
    buildRefundIssuedNotificationStep({ event: PaymentEvents.REFUNDED, data })
)
