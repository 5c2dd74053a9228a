import { accrueOrderPointsWorkflow } from "../workflows/loyalty"
import { entityIdAs, runWorkflowOn, subscriberConfig } from "./utils"

/** Credits pending points for a placed order (idempotent per order). */
export default runWorkflowOn(accrueOrderPointsWorkflow, entityIdAs("order_id"))

export const config = subscriberConfig(
  "order.placed",
  "rms-loyalty-order-placed"
)
