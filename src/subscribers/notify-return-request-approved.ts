import { notifyReturnRequestWorkflow } from "../workflows/notifications"
import { notifyMilestoneOn, subscriberConfig } from "./utils"

/** Emails how and by when to send the items once a return request is approved. Idempotent per request. */
export default notifyMilestoneOn(notifyReturnRequestWorkflow, "approved")

export const config = subscriberConfig(
  "return_request.approved",
  "rms-notify-return-request-approved"
)
