import { notifyReturnRequestWorkflow } from "../workflows/notifications"
import { notifyMilestoneOn, subscriberConfig } from "./utils"

/** Tells the customer their return request was rejected, why, and how to dispute it. Idempotent per request. */
export default notifyMilestoneOn(notifyReturnRequestWorkflow, "rejected")

export const config = subscriberConfig(
  "return_request.rejected",
  "rms-notify-return-request-rejected"
)
