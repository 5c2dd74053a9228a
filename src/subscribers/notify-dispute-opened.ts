import {
  notifyDisputeWorkflow,
  type DisputeEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Confirms a new dispute to the customer, with their claim and the reply-by date. Idempotent per event. */
export default runWorkflowOn(
  notifyDisputeWorkflow,
  (data: DisputeEventData, name) => ({ event: name, milestone: "opened", data })
)

export const config = subscriberConfig(
  "dispute.opened",
  "rms-notify-dispute-opened"
)
