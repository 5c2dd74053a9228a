import { reverseOrderPointsWorkflow } from "../workflows/loyalty"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Reverses the points of returned goods (idempotent per return). */
export default runWorkflowOn(
  reverseOrderPointsWorkflow,
  (data: { order_id: string; return_id: string }) => ({
    order_id: data.order_id,
    return_id: data.return_id,
  })
)

export const config = subscriberConfig(
  "order.return_received",
  "rms-loyalty-return-received"
)
