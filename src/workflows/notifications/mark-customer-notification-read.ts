import { markCustomerNotificationReadStep } from "./steps/mark-customer-notification-read"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const markCustomerNotificationReadWorkflowId =
  "mark-customer-notification-read"

/**
 * Marks one of the customer's feed messages as read; NOT_FOUND for a
 * message of another customer.
 *
 * @example
 * await markCustomerNotificationReadWorkflow(container).run({
 *   input: { id: "cnot_123", customer_id: "cus_123" },
 * })
 */
export const markCustomerNotificationReadWorkflow = singleStepWorkflow(
  markCustomerNotificationReadWorkflowId,
  markCustomerNotificationReadStep
)
