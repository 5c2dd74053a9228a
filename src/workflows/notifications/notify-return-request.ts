import { createNotifyWorkflow } from "./create-notify-workflow"
import {
  buildReturnRequestNotificationStep,
  type ReturnRequestEventData,
  type ReturnRequestMilestone,
} from "./steps/build-return-request-notification"

export type NotifyReturnRequestWorkflowInput = {
  /** The event that triggered it, e.g. `return_request.approved`. */
  event: string
  milestone: ReturnRequestMilestone
  data: ReturnRequestEventData
}

export const notifyReturnRequestWorkflowId = "notify-return-request"

/**
 * Emails the customer one milestone of their return request (received,
 * approved, pending review, rejected) with the request's real RMA, items
 * and, once approved, the native return's shipping method, labels and
 * return address. Transactional: opt-outs do not apply. Sent once per
 * `${event}:${request id}:${template}`, with retries and the feed as
 * fallback; nothing is sent when the request has moved past the milestone.
 * Returns null when there was nothing to send (the request is gone or moved on).
 *
 * @example
 * await notifyReturnRequestWorkflow(container).run({
 *   input: {
 *     event: "return_request.approved",
 *     milestone: "approved",
 *     data: { id: "rreq_123" },
 *   },
 * })
 */
export const notifyReturnRequestWorkflow =
  createNotifyWorkflow<NotifyReturnRequestWorkflowInput>(
    notifyReturnRequestWorkflowId,
    buildReturnRequestNotificationStep
  )
