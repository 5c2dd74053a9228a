import {
  notifyDisputeWorkflow,
  type DisputeEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails the outcome of a dispute with a rating link. Idempotent per event. */
export default runWorkflowOn(
  notifyDisputeWorkflow,
  (data: DisputeEventData, name) => ({
    event: name,
    milestone: "resolved",
    data,
  })
)

export const config = subscriberConfig(
  "dispute.resolved",
  "rms-notify-dispute-resolved"
)
