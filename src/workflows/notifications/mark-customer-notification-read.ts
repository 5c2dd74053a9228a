import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  markCustomerNotificationReadStep,
  type MarkCustomerNotificationReadStepInput,
} from "./steps/mark-customer-notification-read"

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
export const markCustomerNotificationReadWorkflow = createWorkflow(
  markCustomerNotificationReadWorkflowId,
  (input: MarkCustomerNotificationReadStepInput) => {
    const notification = markCustomerNotificationReadStep(input)
    return new WorkflowResponse(notification)
  }
)
