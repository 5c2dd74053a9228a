import { receiveExchangeReturnWorkflow } from "../workflows/exchanges"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Ships an exchange's new item once the old one is back (idempotent per return). */
export default runWorkflowOn(
  receiveExchangeReturnWorkflow,
  (data: { order_id: string; return_id: string }) => ({
    order_id: data.order_id,
    return_id: data.return_id,
  })
)

export const config = subscriberConfig(
  "order.return_received",
  "rms-exchange-return-received"
)
