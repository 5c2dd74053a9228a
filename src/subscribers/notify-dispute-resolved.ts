import { notifyDisputeWorkflow } from "../workflows/notifications"
import { notifyMilestoneOn, subscriberConfig } from "./utils"

/** Emails the outcome of a dispute with a rating link. Idempotent per event. */
export default notifyMilestoneOn(notifyDisputeWorkflow, "resolved")

export const config = subscriberConfig(
  "dispute.resolved",
  "rms-notify-dispute-resolved"
)
