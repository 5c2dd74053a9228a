import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LoyaltyEvents } from "../loyalty/evaluate-loyalty-tiers"
import { sendCustomerNotificationWorkflow } from "./send-customer-notification"
import {
  buildPointsExpiringNotificationStep,
  type PointsExpiringEventData,
} from "./steps/build-points-expiring-notification"

export const notifyPointsExpiringWorkflowId = "notify-points-expiring"

/**
 * Tells the customer about `loyalty.points_expiring`: the points about to expire (marketing: not sent to customers who opted out). Sent once per event
 * (idempotent), with retries and the feed as fallback.
 *
 * @example
 * await notifyPointsExpiringWorkflow(container).run({ input: event.data })
 */
export const notifyPointsExpiringWorkflow = createWorkflow(
  notifyPointsExpiringWorkflowId,
  (input: PointsExpiringEventData) => {
    const message = buildPointsExpiringNotificationStep({
      event: LoyaltyEvents.POINTS_EXPIRING,
      data: input,
    })
    const result = when(
      "send-points-expiring-notification",
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
