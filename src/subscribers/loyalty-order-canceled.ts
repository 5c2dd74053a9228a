import { reverseOrderPointsWorkflow } from "../workflows/loyalty"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Reverses what is left of a canceled order's points (idempotent). */
export default runWorkflowOn(
  reverseOrderPointsWorkflow,
  (data: { id: string }) => ({ order_id: data.id })
)

export const config = subscriberConfig(
  "order.canceled",
  "rms-loyalty-order-canceled"
)
