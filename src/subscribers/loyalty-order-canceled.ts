import { reverseOrderPointsWorkflow } from "../workflows/loyalty"
import { entityIdAs, runWorkflowOn, subscriberConfig } from "./utils"

/** Reverses what is left of a canceled order's points (idempotent). */
export default runWorkflowOn(reverseOrderPointsWorkflow, entityIdAs("order_id"))

export const config = subscriberConfig(
  "order.canceled",
  "rms-loyalty-order-canceled"
)
