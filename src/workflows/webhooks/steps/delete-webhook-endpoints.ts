import { softDeleteRecordsStep } from "../../utils/crud-steps"
import { webhooksStep } from "../webhooks-step"

export const deleteWebhookEndpointsStepId = "delete-webhook-endpoints"

/**
 * Soft-deletes endpoints: their delivery log stays, their pending
 * deliveries are no longer sent. Compensation restores them.
 *
 * @example
 * deleteWebhookEndpointsStep(["whep_123"])
 */
export const deleteWebhookEndpointsStep = softDeleteRecordsStep(
  deleteWebhookEndpointsStepId,
  webhooksStep,
  "WebhookEndpoints"
)
