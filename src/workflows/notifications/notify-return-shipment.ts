import { createNotifyWorkflow } from "./create-notify-workflow"
import {
  buildReturnShipmentNotificationStep,
  type ReturnShipmentEventData,
  type ReturnShipmentMilestone,
} from "./steps/build-return-shipment-notification"

export type NotifyReturnShipmentWorkflowInput = {
  /** The event that triggered it, e.g. `return_shipment.in_transit`. */
  event: string
  milestone: ReturnShipmentMilestone
  data: ReturnShipmentEventData
}

export const notifyReturnShipmentWorkflowId = "notify-return-shipment"

/**
 * Emails the customer that their return parcel is on its way or has
 * reached the warehouse, with the carrier and tracking number. Sent once
 * per `${event}:${request id}:${template}`, with retries and the feed as
 * fallback.
 *
 * @example
 * await notifyReturnShipmentWorkflow(container).run({
 *   input: { event: "return_shipment.delivered", milestone: "delivered", data: { id: "rship_123" } },
 * })
 */
export const notifyReturnShipmentWorkflow =
  createNotifyWorkflow<NotifyReturnShipmentWorkflowInput>(
    notifyReturnShipmentWorkflowId,
    buildReturnShipmentNotificationStep
  )
