import {
  notifyRefundIssuedWorkflow,
  type PaymentRefundedEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails the refund of a return once Medusa has issued it (idempotent per refund). */
export default runWorkflowOn<PaymentRefundedEventData>(
  notifyRefundIssuedWorkflow
)

export const config = subscriberConfig(
  "payment.refunded",
  "rms-notify-refund-issued"
)
