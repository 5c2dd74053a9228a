import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderPointsWorkflow } from "../workflows/loyalty"

/** Reverses the points of returned goods (idempotent per return). */
export default async function loyaltyReturnReceivedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await reverseOrderPointsWorkflow(container).run({
    input: { order_id: data.order_id, return_id: data.return_id },
  })
}

export const config: SubscriberConfig = {
  event: "order.return_received",
  context: { subscriberId: "rms-loyalty-return-received" },
}
