import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyRefundIssuedWorkflow,
  type PaymentRefundedEventData,
} from "../workflows/notifications"

/** Emails the refund of a return once Medusa has issued it (idempotent per refund). */
export default async function notifyRefundIssuedHandler({
  event: { data },
  container,
}: SubscriberArgs<PaymentRefundedEventData>) {
  await notifyRefundIssuedWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
  context: { subscriberId: "rms-notify-refund-issued" },
}
