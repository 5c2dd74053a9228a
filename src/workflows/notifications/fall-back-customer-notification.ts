import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  deliverNotificationFallbackStep,
  type DeliverNotificationFallbackStepInput,
} from "./steps/deliver-notification-fallback"

/** Events the notification workflows emit. */
export const CustomerNotificationEvents = {
  /** A customer email could not be delivered (the fallback was used). */
  FAILED: "customer_notification.failed",
} as const

/**
 * The steps of a notification whose email failed for good, shared by the
 * sending workflow (no retries configured, or none could be scheduled) and
 * the retry workflow: the fallback delivery (SMS, in-portal feed), then
 * `customer_notification.failed` for webhooks (a helpdesk can reach the
 * customer another way). Call it inside a workflow constructor, under the
 * notification's lock.
 *
 * @example
 * const delivered = fallBackCustomerNotification(message)
 */
export const fallBackCustomerNotification = (
  message: WorkflowData<DeliverNotificationFallbackStepInput>
) => {
  const delivered = deliverNotificationFallbackStep(message)
  emitEventStep({
    eventName: CustomerNotificationEvents.FAILED,
    data: transform({ message, delivered }, ({ message, delivered }) => ({
      idempotency_key: message.idempotency_key,
      event: message.event,
      template: message.template,
      entity_type: message.entity_type,
      entity_id: message.entity_id,
      customer_id: message.customer_id,
      fallback: { feed: true, sms: delivered.sms },
    })),
  }).config({ name: "emit-notification-failed" })
  return delivered
}
