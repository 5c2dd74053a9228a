import { completeReturnRequestWorkflow } from "../workflows/return-policy"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Completes the plugin's request (and credits store credit) on receipt. */
export default runWorkflowOn(
  completeReturnRequestWorkflow,
  (data: { order_id: string; return_id: string }) => ({
    return_id: data.return_id,
  })
)

export const config = subscriberConfig(
  "order.return_received",
  "rms-return-request-received"
)
