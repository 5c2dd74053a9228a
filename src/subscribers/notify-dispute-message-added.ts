import {
  notifyDisputeWorkflow,
  type DisputeEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails a staff reply on a dispute (never internal notes or the customer's own messages). Idempotent per event. */
export default runWorkflowOn(
  notifyDisputeWorkflow,
  (data: DisputeEventData, name) => ({
    event: name,
    milestone: "staff_reply",
    data,
  })
)

export const config = subscriberConfig(
  "dispute.message_added",
  "rms-notify-dispute-message-added"
)
