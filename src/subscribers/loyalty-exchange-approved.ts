import { adjustExchangePointsWorkflow } from "../workflows/loyalty"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Moves the order's points by the exchange's price difference (idempotent per exchange). */
export default runWorkflowOn(
  adjustExchangePointsWorkflow,
  (data: {
    order_id: string
    exchange_id: string
    net_difference: number
  }) => ({
    order_id: data.order_id,
    exchange_id: data.exchange_id,
    net_difference: Number(data.net_difference ?? 0),
  })
)

export const config = subscriberConfig(
  "return_request.exchange_approved",
  "rms-loyalty-exchange-approved"
)
