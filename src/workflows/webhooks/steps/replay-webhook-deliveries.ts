import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksStep } from "../webhooks-step"

export type ReplayWebhookDeliveriesStepInput = {
  delivery_ids?: string[] | null
  since?: Date | string | null
  endpoint_id?: string | null
}

export const replayWebhookDeliveriesStepId = "replay-webhook-deliveries"

/**
 * Queues deliveries again, each as a new pending row with the original's
 * event id and body (the receiver dedupes on it). Compensation deletes the
 * new rows.
 *
 * @example
 * const ids = replayWebhookDeliveriesStep({ since: "2026-12-01T00:00:00Z" })
 */
export const replayWebhookDeliveriesStep = webhooksStep(
  replayWebhookDeliveriesStepId,
  async (input: ReplayWebhookDeliveriesStepInput, service) => {
    const ids = await service.replayDeliveries({
      ids: input.delivery_ids ?? null,
      since: input.since ? new Date(input.since) : null,
      endpoint_id: input.endpoint_id ?? null,
    })
    return new StepResponse(ids, ids)
  },
  async (ids, service) => {
    await service.deleteWebhookDeliveries(ids)
  }
)
