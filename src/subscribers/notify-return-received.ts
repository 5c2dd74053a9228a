import {
  notifyReturnReceivedWorkflow,
  type ReturnReceivedEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Tells the customer their returned items arrived (idempotent per return). */
export default runWorkflowOn<ReturnReceivedEventData>(
  notifyReturnReceivedWorkflow
)

export const config = subscriberConfig(
  "order.return_received",
  "rms-notify-return-received"
)
