import { createNotifyWorkflow } from "./create-notify-workflow"
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
 * Returns null when there was nothing to send (an internal note, a customer's own message, a dispute that is gone).
 *
 * @example
 * await notifyDisputeWorkflow(container).run({
 *   input: { event: "dispute.opened", milestone: "opened", data: { id: "dsp_123" } },
 * })
 */
export const notifyDisputeWorkflow =
  createNotifyWorkflow<NotifyDisputeWorkflowInput>(
    notifyDisputeWorkflowId,
    buildDisputeNotificationStep
  )
