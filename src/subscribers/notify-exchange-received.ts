import {
  notifyExchangeReceivedWorkflow,
  type ExchangeEventData,
} from "../workflows/exchanges"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails that the old item of an exchange arrived (idempotent per request). */
export default runWorkflowOn<ExchangeEventData>(notifyExchangeReceivedWorkflow)

export const config = subscriberConfig(
  "return_request.exchange_received",
  "rms-notify-exchange-received"
)
