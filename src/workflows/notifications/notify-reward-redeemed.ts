import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../loyalty/evaluate-loyalty-tiers"
import { sendCustomerNotificationWorkflow } from "./send-customer-notification"
import {
  buildRewardRedeemedNotificationStep,
  type RewardRedeemedEventData,
} from "./steps/build-reward-redeemed-notification"

export const notifyRewardRedeemedWorkflowId = "notify-reward-redeemed"

/**
 * Tells the customer about `loyalty.reward_redeemed`: the reward code (transactional). Sent once per event
 * (idempotent), with retries and the feed as fallback.
 *
 * @example
 * await notifyRewardRedeemedWorkflow(container).run({ input: event.data })
 */
export const notifyRewardRedeemedWorkflow = createWorkflow(
  notifyRewardRedeemedWorkflowId,
  (input: RewardRedeemedEventData) => {
    const message = buildRewardRedeemedNotificationStep({
      event: LoyaltyEvents.REWARD_REDEEMED,
      data: input,
    })
    const result = when(
      "send-reward-redeemed-notification",
      { message },
      ({ message }) => !!message
    ).then(() =>
      sendCustomerNotificationWorkflow.runAsStep({
        input: transform({ message }, ({ message }) => message!),
      })
    )
    // Null when there was nothing to send (the record is gone, a guest).
    const outcome = transform({ result }, ({ result }) => result ?? null)
    return new WorkflowResponse(outcome)
  }
)
