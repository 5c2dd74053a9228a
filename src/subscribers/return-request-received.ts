import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { completeReturnRequestWorkflow } from "../workflows/return-policy"

/** Completes the plugin's request (and credits store credit) on receipt. */
export default async function returnRequestReceivedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await completeReturnRequestWorkflow(container).run({
    input: { return_id: data.return_id },
  })
}

export const config: SubscriberConfig = {
  event: "order.return_received",
  context: { subscriberId: "rms-return-request-received" },
}
