import { notifyReturnShipmentWorkflow } from "../workflows/notifications"
import { notifyMilestoneOn, subscriberConfig } from "./utils"

/** Emails that the return parcel is on its way. Idempotent per request. */
export default notifyMilestoneOn(notifyReturnShipmentWorkflow, "in_transit")

export const config = subscriberConfig(
  "return_shipment.in_transit",
  "rms-notify-return-shipment-in-transit"
)
