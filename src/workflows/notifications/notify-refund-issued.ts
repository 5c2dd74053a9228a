import { PaymentEvents } from "@medusajs/framework/utils"
import { createEventNotifyWorkflow } from "./create-notify-workflow"
import { buildRefundIssuedNotificationStep } from "./steps/build-refund-issued-notification"

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
export const notifyRefundIssuedWorkflow = createEventNotifyWorkflow(
  notifyRefundIssuedWorkflowId,
  PaymentEvents.REFUNDED,
  buildRefundIssuedNotificationStep
)
