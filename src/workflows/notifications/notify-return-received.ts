import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendCustomerNotificationWorkflow } from "./send-customer-notification"
import {
  buildReturnReceivedNotificationStep,
  type ReturnReceivedEventData,
} from "./steps/build-return-received-notification"

export const notifyReturnReceivedWorkflowId = "notify-return-received"

/**
 * Tells the customer their returned items arrived (Medusa's
 * `order.return_received`), with what was received per line
 * (transactional). Guest orders and returns marked `no_notification` are
 * skipped.
 *
 * @example
 * await notifyReturnReceivedWorkflow(container).run({
 *   input: { order_id: "order_123", return_id: "return_123" },
 * })
 */
export const notifyReturnReceivedWorkflow = createWorkflow(
  notifyReturnReceivedWorkflowId,
  (input: ReturnReceivedEventData) => {
    const message = buildReturnReceivedNotificationStep({
      event: OrderWorkflowEvents.RETURN_RECEIVED,
      data: input,
    })
    const result = when(
      "send-return-received-notification",
      { message },
      ({ message }) => !!message
    ).then(() =>
      sendCustomerNotificationWorkflow.runAsStep({
        input: transform({ message }, ({ message }) => message!),
      })
    )
    // Null when there was nothing to send (the record is gone, a guest).
    const outcome = transform({ result }, ({ result }) => result ?? null)
    return new WorkflowResponse(outcome)
  }
)
