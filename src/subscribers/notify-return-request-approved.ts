import {
  notifyReturnRequestWorkflow,
  type ReturnRequestEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails how and by when to send the items once a return request is approved. Idempotent per request. */
export default runWorkflowOn(
  notifyReturnRequestWorkflow,
  (data: ReturnRequestEventData, name) => ({
    event: name,
    milestone: "approved",
    data,
  })
)

export const config = subscriberConfig(
  "return_request.approved",
  "rms-notify-return-request-approved"
)
