import {
  notifyReturnRequestWorkflow,
  type ReturnRequestEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Tells the customer their return request waits for a staff review. Idempotent per request. */
export default runWorkflowOn(
  notifyReturnRequestWorkflow,
  (data: ReturnRequestEventData, name) => ({
    event: name,
    milestone: "pending_review",
    data,
  })
)

export const config = subscriberConfig(
  "return_request.pending_review",
  "rms-notify-return-request-pending-review"
)
