import { PaymentEvents } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendCustomerNotificationWorkflow } from "./send-customer-notification"
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
 *
 * @example
 * await notifyRefundIssuedWorkflow(container).run({ input: { id: "pay_123" } })
 */
export const notifyRefundIssuedWorkflow = createWorkflow(
  notifyRefundIssuedWorkflowId,
  (input: PaymentRefundedEventData) => {
    const message = buildRefundIssuedNotificationStep({
      event: PaymentEvents.REFUNDED,
      data: input,
    })
    const result = when(
      "send-refund-issued-notification",
      { message },
      ({ message }) => !!message
    ).then(() =>
      sendCustomerNotificationWorkflow.runAsStep({
        input: transform({ message }, ({ message }) => message!),
      })
    )
    // Null when there was nothing to send (no return, a guest, no refund).
    const outcome = transform({ result }, ({ result }) => result ?? null)
    return new WorkflowResponse(outcome)
  }
)
