import { recordOrderFactWorkflow } from "../workflows/loyalty"
import { entityIdAs, runWorkflowOn, subscriberConfig } from "./utils"

/** Records a placed order for the program report, whatever its accrual does. */
export default runWorkflowOn(recordOrderFactWorkflow, entityIdAs("order_id"))

export const config = subscriberConfig("order.placed", "rms-loyalty-order-fact")
