import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { schedulePointsReleaseWorkflow } from "../workflows/loyalty"

/**
 * Dates the pending points of a delivered order: spendable once the
 * customer's return window, counted from this delivery, has closed.
 */
export default async function loyaltyOrderDeliveredHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await schedulePointsReleaseWorkflow(container).run({
    input: { fulfillment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "delivery.created",
  context: { subscriberId: "rms-loyalty-order-delivered" },
}
