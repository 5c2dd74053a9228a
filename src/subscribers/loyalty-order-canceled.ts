import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderPointsWorkflow } from "../workflows/loyalty"

/** Reverses what is left of a canceled order's points (idempotent). */
export default async function loyaltyOrderCanceledHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await reverseOrderPointsWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "rms-loyalty-order-canceled" },
}
