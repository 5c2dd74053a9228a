import { LoyaltyEvents } from "../loyalty/events"
import { createEventNotifyWorkflow } from "./create-notify-workflow"
import { buildPointsExpiringNotificationStep } from "./steps/build-points-expiring-notification"

export const notifyPointsExpiringWorkflowId = "notify-points-expiring"

/**
 * Tells the customer about `loyalty.points_expiring`: the points about to expire (marketing: not sent to customers who opted out). Sent once per event
 * (idempotent), with retries and the feed as fallback.
 * Returns null when there was nothing to send (the record is gone, a guest).
 *
 * @example
 * await notifyPointsExpiringWorkflow(container).run({ input: event.data })
 */
export const notifyPointsExpiringWorkflow = createEventNotifyWorkflow(
  notifyPointsExpiringWorkflowId,
  LoyaltyEvents.POINTS_EXPIRING,
  buildPointsExpiringNotificationStep
)
