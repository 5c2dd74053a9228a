import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyRewardRedeemedWorkflow,
  type RewardRedeemedEventData,
} from "../workflows/notifications"

/** Emails the reward code to the customer (idempotent per redemption). */
export default async function notifyRewardRedeemedHandler({
  event: { data },
  container,
}: SubscriberArgs<RewardRedeemedEventData>) {
  await notifyRewardRedeemedWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: "loyalty.reward_redeemed",
  context: { subscriberId: "rms-notify-reward-redeemed" },
}
