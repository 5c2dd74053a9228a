import { notifyReturnRequestWorkflow } from "../workflows/notifications"
import { notifyMilestoneOn, subscriberConfig } from "./utils"

/** Tells the customer their return request waits for a staff review. Idempotent per request. */
export default notifyMilestoneOn(notifyReturnRequestWorkflow, "pending_review")

export const config = subscriberConfig(
  "return_request.pending_review",
  "rms-notify-return-request-pending-review"
)
