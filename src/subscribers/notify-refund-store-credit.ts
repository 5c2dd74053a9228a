import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyStoreCreditRefundWorkflow,
  type StoreCreditIssuedEventData,
} from "../workflows/notifications"

/** Emails the store credit a return was refunded in (idempotent per request). */
export default async function notifyRefundStoreCreditHandler({
  event: { data },
  container,
}: SubscriberArgs<StoreCreditIssuedEventData>) {
  await notifyStoreCreditRefundWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: "return_request.store_credit_issued",
  context: { subscriberId: "rms-notify-refund-store-credit" },
}
