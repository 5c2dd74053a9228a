import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../loyalty/evaluate-loyalty-tiers"
import { sendCustomerNotificationWorkflow } from "./send-customer-notification"
import {
  buildTierChangedNotificationStep,
  type TierChangedEventData,
} from "./steps/build-tier-changed-notification"

export const notifyLoyaltyTierChangedWorkflowId = "notify-loyalty-tier-changed"

/**
 * Tells the customer about `loyalty.tier_changed`: the new tier and its benefits (marketing: not sent to customers who opted out). Sent once per event
 * (idempotent), with retries and the feed as fallback.
 *
 * @example
 * await notifyLoyaltyTierChangedWorkflow(container).run({ input: event.data })
 */
export const notifyLoyaltyTierChangedWorkflow = createWorkflow(
  notifyLoyaltyTierChangedWorkflowId,
  (input: TierChangedEventData) => {
    const message = buildTierChangedNotificationStep({
      event: LoyaltyEvents.TIER_CHANGED,
      data: input,
    })
    const result = when(
      "send-loyalty-tier-changed-notification",
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
