import {
  notifyReturnRequestWorkflow,
  type ReturnRequestEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails the RMA and a summary of the items when a return request is recorded. Idempotent per request. */
export default runWorkflowOn(
  notifyReturnRequestWorkflow,
  (data: ReturnRequestEventData, name) => ({
    event: name,
    milestone: "received",
    data,
  })
)

export const config = subscriberConfig(
  "return_request.created",
  "rms-notify-return-request-created"
)
