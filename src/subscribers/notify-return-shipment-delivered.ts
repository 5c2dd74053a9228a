import { notifyReturnShipmentWorkflow } from "../workflows/notifications"
import { notifyMilestoneOn, subscriberConfig } from "./utils"

/** Emails that the return parcel reached the warehouse. Idempotent per request. */
export default notifyMilestoneOn(notifyReturnShipmentWorkflow, "delivered")

export const config = subscriberConfig(
  "return_shipment.delivered",
  "rms-notify-return-shipment-delivered"
)
