import { LoyaltyEvents } from "../loyalty/events"
import { createEventNotifyWorkflow } from "./create-notify-workflow"
import { buildRewardRedeemedNotificationStep } from "./steps/build-reward-redeemed-notification"

export const notifyRewardRedeemedWorkflowId = "notify-reward-redeemed"

/**
 * Tells the customer about `loyalty.reward_redeemed`: the reward code (transactional). Sent once per event
 * (idempotent), with retries and the feed as fallback.
 * Returns null when there was nothing to send (the record is gone, a guest).
 *
 * @example
 * await notifyRewardRedeemedWorkflow(container).run({ input: event.data })
 */
export const notifyRewardRedeemedWorkflow = createEventNotifyWorkflow(
  notifyRewardRedeemedWorkflowId,
  LoyaltyEvents.REWARD_REDEEMED,
  buildRewardRedeemedNotificationStep
)
