import type { WebhookEndpointRecord } from "../../../modules/webhooks"
import { updateRecordStep } from "../../utils/crud-steps"
import { webhooksStep } from "../webhooks-step"

export type UpdateWebhookEndpointStepInput = {
  id: string
  url?: string
  events?: string[]
  description?: string | null
  active?: boolean
  secret?: string
  consecutive_failures?: number
  disabled_at?: Date | null
  disabled_reason?: string | null
}

export const updateWebhookEndpointStepId = "update-webhook-endpoint"

/**
 * Updates an endpoint; compensation writes the previous values back.
 *
 * @example
 * updateWebhookEndpointStep({ id: "whep_123", active: false })
 */
export const updateWebhookEndpointStep = updateRecordStep(
  updateWebhookEndpointStepId,
  webhooksStep,
  {
    retrieve: (service, id) => service.retrieveWebhookEndpoint(id),
    update: (service, input: UpdateWebhookEndpointStepInput) =>
      service.updateWebhookEndpoints(input) as Promise<WebhookEndpointRecord>,
  }
)
