import {
  notifyRewardRedeemedWorkflow,
  type RewardRedeemedEventData,
} from "../workflows/notifications"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails the reward code to the customer (idempotent per redemption). */
export default runWorkflowOn<RewardRedeemedEventData>(
  notifyRewardRedeemedWorkflow
)

export const config = subscriberConfig(
  "loyalty.reward_redeemed",
  "rms-notify-reward-redeemed"
)
