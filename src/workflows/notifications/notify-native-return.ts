import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createEventNotifyWorkflow } from "./create-notify-workflow"
import { buildNativeReturnNotificationStep } from "./steps/build-native-return-notification"

export const notifyNativeReturnWorkflowId = "notify-native-return"

/**
 * Tells the customer how to send back a return staff created with Medusa's
 * own return flow (`order.return_requested`), which no return request
 * covers. Returns made through the plugin's requests are skipped: their
 * `return_request.approved` email is the same milestone. Transactional,
 * once per return.
 * Returns null when there was nothing to send (a plugin request's return, a guest, no_notification).
 *
 * @example
 * await notifyNativeReturnWorkflow(container).run({
 *   input: { order_id: "order_123", return_id: "return_123" },
 * })
 */
export const notifyNativeReturnWorkflow = createEventNotifyWorkflow(
  notifyNativeReturnWorkflowId,
  OrderWorkflowEvents.RETURN_REQUESTED,
  buildNativeReturnNotificationStep
)
