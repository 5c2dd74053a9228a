import { WEBHOOK_EVENT_TYPES } from "../modules/webhooks/catalogue"
import { enqueueWebhookEventWorkflow } from "../workflows/webhooks"
import { runWorkflowOn, subscriberConfig } from "./utils"

/**
 * Every event of the webhook catalogue goes to the outbox, then to the
 * endpoints subscribed to it (one delivery per event and endpoint).
 */
export default runWorkflowOn(
  enqueueWebhookEventWorkflow,
  (data: Record<string, unknown>, type) => ({ type, data })
)

export const config = subscriberConfig([...WEBHOOK_EVENT_TYPES], "rms-webhooks")
