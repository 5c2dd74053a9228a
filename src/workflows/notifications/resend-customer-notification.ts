import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendCustomerNotificationWorkflow } from "./send-customer-notification"
import { getNotificationResendStep } from "./steps/get-notification-resend"

export const resendCustomerNotificationWorkflowId =
  "resend-customer-notification"

/**
 * Sends a logged notification again (admin "resend"): the attempt's
 * notification under a new key suffix, so it goes out even if it was
 * delivered, with the usual retries and fallback. Opt-outs still apply.
 *
 * @example
 * const { result } = await resendCustomerNotificationWorkflow(container).run({
 *   input: { attempt_id: "natt_123" },
 * })
 */
export const resendCustomerNotificationWorkflow = createWorkflow(
  resendCustomerNotificationWorkflowId,
  (input: { attempt_id: string }) => {
    const message = getNotificationResendStep(input)
    const result = sendCustomerNotificationWorkflow.runAsStep({
      input: message,
    })
    return new WorkflowResponse(result)
  }
)
