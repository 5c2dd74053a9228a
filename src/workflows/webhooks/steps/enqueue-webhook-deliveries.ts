import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EnqueueWebhookEventInput } from "../../../modules/webhooks"
import { webhooksStep } from "../webhooks-step"

export const enqueueWebhookDeliveriesStepId = "enqueue-webhook-deliveries"

/**
 * Writes the event to the outbox: one pending delivery per subscribed
 * endpoint (a redelivered event writes nothing). Compensation deletes the
 * rows this step wrote.
 *
 * @example
 * const ids = enqueueWebhookDeliveriesStep(event)
 */
export const enqueueWebhookDeliveriesStep = webhooksStep(
  enqueueWebhookDeliveriesStepId,
  async (input: EnqueueWebhookEventInput, service) => {
    const ids = await service.enqueueDeliveries(input)
    return new StepResponse(ids, ids)
  },
  async (ids, service) => {
    await service.deleteWebhookDeliveries(ids)
  }
)
