import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksStep } from "../webhooks-step"
import { newWebhookSecret } from "./create-webhook-endpoint"

export const rotateWebhookSecretStepId = "rotate-webhook-secret"

/**
 * Replaces an endpoint's secret with a new random one; compensation puts
 * the old one back.
 *
 * @example
 * const endpoint = rotateWebhookSecretStep({ id: "whep_123" })
 */
export const rotateWebhookSecretStep = webhooksStep(
  rotateWebhookSecretStepId,
  async (input: { id: string }, service) => {
    const before = await service.retrieveWebhookEndpoint(input.id)
    const endpoint = await service.updateWebhookEndpoints({
      id: input.id,
      secret: newWebhookSecret(),
    })
    return new StepResponse(endpoint, { id: input.id, secret: before.secret })
  },
  async (previous, service) => {
    await service.updateWebhookEndpoints(previous)
  }
)
