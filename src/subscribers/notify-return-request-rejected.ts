import {
  notifyReturnRequestWorkflow,
  type ReturnRequestEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Tells the customer their return request was rejected, why, and how to dispute it. Idempotent per request. */
export default runWorkflowOn(
  notifyReturnRequestWorkflow,
  (data: ReturnRequestEventData, name) => ({
    event: name,
    milestone: "rejected",
    data,
  })
)

export const config = subscriberConfig(
  "return_request.rejected",
  "rms-notify-return-request-rejected"
)
