import { accrueOrderPointsWorkflow } from "../workflows/loyalty"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Credits pending points for a placed order (idempotent per order). */
export default runWorkflowOn(
  accrueOrderPointsWorkflow,
  (data: { id: string }) => ({ order_id: data.id })
)

export const config = subscriberConfig(
  "order.placed",
  "rms-loyalty-order-placed"
)
