import {
  notifyNativeReturnWorkflow,
  type ReturnRequestedEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/**
 * Emails how to send back a return staff created with Medusa's own flow;
 * returns of the plugin's requests are left to `return_request.approved`.
 */
export default runWorkflowOn<ReturnRequestedEventData>(
  notifyNativeReturnWorkflow
)

export const config = subscriberConfig(
  "order.return_requested",
  "rms-notify-return-request-native"
)
