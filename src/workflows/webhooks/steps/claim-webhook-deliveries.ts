import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksStep } from "../webhooks-step"

export type ClaimWebhookDeliveriesStepInput = {
  /** Only these deliveries (just written); else any that are due. */
  delivery_ids?: string[] | null
  limit?: number
}

export const claimWebhookDeliveriesStepId = "claim-webhook-deliveries"

/**
 * Leases the due deliveries for one attempt each (atomic across
 * instances; in order per endpoint and entity). Compensation hands them
 * back untried when a later step fails before recording.
 *
 * @example
 * const claimed = claimWebhookDeliveriesStep({ limit: 50 })
 */
export const claimWebhookDeliveriesStep = webhooksStep(
  claimWebhookDeliveriesStepId,
  async (input: ClaimWebhookDeliveriesStepInput, service) => {
    const ids = input.delivery_ids ?? null
    const claimed =
      ids && !ids.length
        ? []
        : await service.claimDueDeliveries({
            ids,
            limit: input.limit ?? ids?.length ?? 50,
          })
    return new StepResponse(
      claimed,
      claimed.map((d) => d.id)
    )
  },
  async (ids, service) => {
    await service.releaseDeliveries(ids)
  }
)
