import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { accrueOrderPointsWorkflow } from "../workflows/loyalty"

/** Credits pending points for a placed order (idempotent per order). */
export default async function loyaltyOrderPlacedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await accrueOrderPointsWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "rms-loyalty-order-placed" },
}
