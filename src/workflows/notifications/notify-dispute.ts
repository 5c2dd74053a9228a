import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendCustomerNotificationWorkflow } from "./send-customer-notification"
import {
  buildDisputeNotificationStep,
  type DisputeEventData,
  type DisputeMilestone,
} from "./steps/build-dispute-notification"

export type NotifyDisputeWorkflowInput = {
  /** The event that triggered it, e.g. `dispute.resolved`. */
  event: string
  milestone: DisputeMilestone
  data: DisputeEventData
}

export const notifyDisputeWorkflowId = "notify-dispute"

/**
 * Emails the customer one milestone of their dispute: opened, a new staff
 * reply (never an internal note), resolved with a rating link.
 * Transactional. Sent once per `${event}:${dispute or message id}:${template}`,
 * with retries and the feed as fallback.
 *
 * @example
 * await notifyDisputeWorkflow(container).run({
 *   input: { event: "dispute.opened", milestone: "opened", data: { id: "dsp_123" } },
 * })
 */
export const notifyDisputeWorkflow = createWorkflow(
  notifyDisputeWorkflowId,
  (input: NotifyDisputeWorkflowInput) => {
    const message = buildDisputeNotificationStep(input)
    const result = when(
      "send-dispute-notification",
      { message },
      ({ message }) => !!message
    ).then(() =>
      sendCustomerNotificationWorkflow.runAsStep({
        input: transform({ message }, ({ message }) => message!),
      })
    )
    // Null when there was nothing to send (an internal note, a customer's
    // own message, a dispute that is gone).
    const outcome = transform({ result }, ({ result }) => result ?? null)
    return new WorkflowResponse(outcome)
  }
)
