import {
  notifyExchangeApprovedWorkflow,
  type ExchangeEventData,
} from "../workflows/exchanges"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Emails an approved exchange with its price difference (idempotent per request). */
export default runWorkflowOn<ExchangeEventData>(notifyExchangeApprovedWorkflow)

export const config = subscriberConfig(
  "return_request.exchange_approved",
  "rms-notify-exchange-approved"
)
