import { sendTestNotificationEmailStep } from "./steps/send-test-notification-email"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const sendTestNotificationWorkflowId = "send-test-notification"

/**
 * Emails a template with its sample data to an admin-given address through
 * the Notification module (the admin's "Send test email"). Returns the
 * notification's id and status, and the provider's error when it failed.
 *
 * @example
 * const { result } = await sendTestNotificationWorkflow(container).run({
 *   input: { template: "return-approved", to: "me@example.com" },
 * })
 */
export const sendTestNotificationWorkflow = singleStepWorkflow(
  sendTestNotificationWorkflowId,
  sendTestNotificationEmailStep
)
