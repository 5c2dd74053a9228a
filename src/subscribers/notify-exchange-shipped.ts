import {
  notifyExchangeShippedWorkflow,
  type ShipmentCreatedEventData,
} from "../workflows/exchanges"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails an exchange's new item tracking when it ships (idempotent per shipment). */
export default runWorkflowOn<ShipmentCreatedEventData>(
  notifyExchangeShippedWorkflow
)

export const config = subscriberConfig(
  "shipment.created",
  "rms-notify-exchange-shipped"
)
