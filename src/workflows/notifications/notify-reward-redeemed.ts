import type { WorkflowData } from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../loyalty/evaluate-loyalty-tiers"
import { createNotifyWorkflow } from "./create-notify-workflow"
import {
  buildRewardRedeemedNotificationStep,
  type RewardRedeemedEventData,
} from "./steps/build-reward-redeemed-notification"

export const notifyRewardRedeemedWorkflowId = "notify-reward-redeemed"

/**
 * Tells the customer about `loyalty.reward_redeemed`: the reward code (transactional). Sent once per event
 * (idempotent), with retries and the feed as fallback.
 * Returns null when there was nothing to send (the record is gone, a guest).
 *
 * @example
 * await notifyRewardRedeemedWorkflow(container).run({ input: event.data })
 */
export const notifyRewardRedeemedWorkflow = createNotifyWorkflow(
  notifyRewardRedeemedWorkflowId,
  (data: WorkflowData<RewardRedeemedEventData>) =>
    buildRewardRedeemedNotificationStep({
      event: LoyaltyEvents.REWARD_REDEEMED,
      data,
    })
)
