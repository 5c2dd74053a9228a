import { notifyDisputeWorkflow } from "../workflows/notifications"
import { notifyMilestoneOn, subscriberConfig } from "./utils"

/** Emails a staff reply on a dispute (never internal notes or the customer's own messages). Idempotent per event. */
export default notifyMilestoneOn(notifyDisputeWorkflow, "staff_reply")

export const config = subscriberConfig(
  "dispute.message_added",
  "rms-notify-dispute-message-added"
)
