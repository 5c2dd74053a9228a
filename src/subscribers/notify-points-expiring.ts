import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyPointsExpiringWorkflow,
  type PointsExpiringEventData,
} from "../workflows/notifications"

/** Reminds the customer of points about to expire (once per date). */
export default async function notifyPointsExpiringHandler({
  event: { data },
  container,
}: SubscriberArgs<PointsExpiringEventData>) {
  await notifyPointsExpiringWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: "loyalty.points_expiring",
  context: { subscriberId: "rms-notify-points-expiring" },
}
