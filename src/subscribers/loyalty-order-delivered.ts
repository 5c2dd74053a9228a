import { schedulePointsReleaseWorkflow } from "../workflows/loyalty"
import { runWorkflowOn, subscriberConfig } from "./utils"

/**
 * Dates the pending points of a delivered order: spendable once the
 * customer's return window, counted from this delivery, has closed.
 */
export default runWorkflowOn(
  schedulePointsReleaseWorkflow,
  (data: { id: string }) => ({ fulfillment_id: data.id })
)

export const config = subscriberConfig(
  "delivery.created",
  "rms-loyalty-order-delivered"
)
