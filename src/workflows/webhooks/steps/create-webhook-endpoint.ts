import { randomBytes } from "node:crypto"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksStep } from "../webhooks-step"

export type CreateWebhookEndpointStepInput = {
  url: string
  events: string[]
  description?: string | null
  active?: boolean
}

/** A new signing secret: 32 random bytes, prefixed so it is recognisable. */
export const newWebhookSecret = () =>
  `whsec_${randomBytes(32).toString("base64url")}`

export const createWebhookEndpointStepId = "create-webhook-endpoint"

/**
 * Creates an endpoint with a fresh secret. Compensation deletes it.
 *
 * @example
 * const endpoint = createWebhookEndpointStep({ url, events: ["dispute.opened"] })
 */
export const createWebhookEndpointStep = webhooksStep(
  createWebhookEndpointStepId,
  async (input: CreateWebhookEndpointStepInput, service) => {
    const endpoint = await service.createWebhookEndpoints({
      ...input,
      secret: newWebhookSecret(),
    })
    return new StepResponse(endpoint, endpoint.id)
  },
  async (id, service) => {
    await service.deleteWebhookEndpoints(id)
  }
)
