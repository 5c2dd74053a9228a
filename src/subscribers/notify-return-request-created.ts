import { notifyReturnRequestWorkflow } from "../workflows/notifications"
import { notifyMilestoneOn, subscriberConfig } from "./utils"

/** Emails the RMA and a summary of the items when a return request is recorded. Idempotent per request. */
export default notifyMilestoneOn(notifyReturnRequestWorkflow, "received")

export const config = subscriberConfig(
  "return_request.created",
  "rms-notify-return-request-created"
)
