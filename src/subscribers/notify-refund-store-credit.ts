import {
  notifyStoreCreditRefundWorkflow,
  type StoreCreditIssuedEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails the store credit a return was refunded in (idempotent per request). */
export default runWorkflowOn<StoreCreditIssuedEventData>(
  notifyStoreCreditRefundWorkflow
)

export const config = subscriberConfig(
  "return_request.store_credit_issued",
  "rms-notify-refund-store-credit"
)
