import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyLoyaltyTierChangedWorkflow,
  type TierChangedEventData,
} from "../workflows/notifications"

/** Tells the customer about a new tier (idempotent per tier change). */
export default async function notifyLoyaltyTierChangedHandler({
  event: { data },
  container,
}: SubscriberArgs<TierChangedEventData>) {
  await notifyLoyaltyTierChangedWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: "loyalty.tier_changed",
  context: { subscriberId: "rms-notify-loyalty-tier-changed" },
}
