import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyReturnReceivedWorkflow,
  type ReturnReceivedEventData,
} from "../workflows/notifications"

/** Tells the customer their returned items arrived (idempotent per return). */
export default async function notifyReturnReceivedHandler({
  event: { data },
  container,
}: SubscriberArgs<ReturnReceivedEventData>) {
  await notifyReturnReceivedWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: "order.return_received",
  context: { subscriberId: "rms-notify-return-received" },
}
