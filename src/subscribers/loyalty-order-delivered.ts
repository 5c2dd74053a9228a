import { schedulePointsReleaseWorkflow } from "../workflows/loyalty"
import { entityIdAs, runWorkflowOn, subscriberConfig } from "./utils"

/**
 * Dates the pending points of a delivered order: spendable once the
 * customer's return window, counted from this delivery, has closed.
 */
export default runWorkflowOn(
  schedulePointsReleaseWorkflow,
  entityIdAs("fulfillment_id")
)

export const config = subscriberConfig(
  "delivery.created",
  "rms-loyalty-order-delivered"
)
