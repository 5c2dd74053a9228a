import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createEventNotifyWorkflow } from "./create-notify-workflow"
import { buildReturnReceivedNotificationStep } from "./steps/build-return-received-notification"

export const notifyReturnReceivedWorkflowId = "notify-return-received"

/**
 * Tells the customer their returned items arrived (Medusa's
 * `order.return_received`), with what was received per line
 * (transactional). Guest orders and returns marked `no_notification` are
 * skipped.
 * Returns null when there was nothing to send (the record is gone, a guest).
 *
 * @example
 * await notifyReturnReceivedWorkflow(container).run({
 *   input: { order_id: "order_123", return_id: "return_123" },
 * })
 */
export const notifyReturnReceivedWorkflow = createEventNotifyWorkflow(
  notifyReturnReceivedWorkflowId,
  OrderWorkflowEvents.RETURN_RECEIVED,
  buildReturnReceivedNotificationStep
)
