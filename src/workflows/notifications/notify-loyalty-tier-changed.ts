import { LoyaltyEvents } from "../loyalty/events"
import { createEventNotifyWorkflow } from "./create-notify-workflow"
import { buildTierChangedNotificationStep } from "./steps/build-tier-changed-notification"

export const notifyLoyaltyTierChangedWorkflowId = "notify-loyalty-tier-changed"

/**
 * Tells the customer about `loyalty.tier_changed`: the new tier and its benefits (marketing: not sent to customers who opted out). Sent once per event
 * (idempotent), with retries and the feed as fallback.
 * Returns null when there was nothing to send (the record is gone, a guest).
 *
 * @example
 * await notifyLoyaltyTierChangedWorkflow(container).run({ input: event.data })
 */
export const notifyLoyaltyTierChangedWorkflow = createEventNotifyWorkflow(
  notifyLoyaltyTierChangedWorkflowId,
  LoyaltyEvents.TIER_CHANGED,
  buildTierChangedNotificationStep
)
