import { notifyDisputeWorkflow } from "../workflows/notifications"
import { notifyMilestoneOn, subscriberConfig } from "./utils"

/** Confirms a new dispute to the customer, with their claim and the reply-by date. Idempotent per event. */
export default notifyMilestoneOn(notifyDisputeWorkflow, "opened")

export const config = subscriberConfig(
  "dispute.opened",
  "rms-notify-dispute-opened"
)
