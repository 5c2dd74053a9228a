import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendCustomerNotificationWorkflow } from "./send-customer-notification"
import {
  buildNativeReturnNotificationStep,
  type ReturnRequestedEventData,
} from "./steps/build-native-return-notification"

export const notifyNativeReturnWorkflowId = "notify-native-return"

/**
 * Tells the customer how to send back a return staff created with Medusa's
 * own return flow (`order.return_requested`), which no return request
 * covers. Returns made through the plugin's requests are skipped: their
 * `return_request.approved` email is the same milestone. Transactional,
 * once per return.
 *
 * @example
 * await notifyNativeReturnWorkflow(container).run({
 *   input: { order_id: "order_123", return_id: "return_123" },
 * })
 */
export const notifyNativeReturnWorkflow = createWorkflow(
  notifyNativeReturnWorkflowId,
  (input: ReturnRequestedEventData) => {
    const message = buildNativeReturnNotificationStep({
      event: OrderWorkflowEvents.RETURN_REQUESTED,
      data: input,
    })
    const result = when(
      "send-native-return-notification",
      { message },
      ({ message }) => !!message
    ).then(() =>
      sendCustomerNotificationWorkflow.runAsStep({
        input: transform({ message }, ({ message }) => message!),
      })
    )
    // Null when there was nothing to send (a plugin request's return, a
    // guest, no_notification).
    const outcome = transform({ result }, ({ result }) => result ?? null)
    return new WorkflowResponse(outcome)
  }
)
