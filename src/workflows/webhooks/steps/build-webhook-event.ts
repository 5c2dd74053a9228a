import {
  ContainerRegistrationKeys,
  generateEntityId,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  WEBHOOK_API_VERSION,
  WEBHOOKS_MODULE,
  type EnqueueWebhookEventInput,
  type WebhooksModuleService,
} from "../../../modules/webhooks"
import { buildWebhookEventData } from "../payloads"

export type BuildWebhookEventStepInput = {
  /** The event's name, e.g. `dispute.opened`. */
  type: string
  /** The event's data as emitted. */
  data: Record<string, unknown>
}

export const buildWebhookEventStepId = "build-webhook-event"

/**
 * Turns a plugin event into the envelope every endpoint receives
 * (`{ id, type, created_at, api_version, data }`), with a new event id that
 * stays the same on every retry and replay. Null when the event sends
 * nothing: no active endpoint receives it, the message is an internal note,
 * or the record is already gone. Read-only.
 *
 * @example
 * const event = buildWebhookEventStep({ type: "dispute.opened", data: { id: "dsp_123" } })
 */
export const buildWebhookEventStep = createStep(
  buildWebhookEventStepId,
  async (input: BuildWebhookEventStepInput, { container }) => {
    const webhooks = container.resolve<WebhooksModuleService>(WEBHOOKS_MODULE)
    if (!(await webhooks.hasSubscribers(input.type))) {
      return new StepResponse(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const built = await buildWebhookEventData(query, input.type, input.data)
    if (!built) {
      return new StepResponse(null)
    }
    const eventId = generateEntityId(undefined, "evt")
    const event: EnqueueWebhookEventInput = {
      event_id: eventId,
      type: input.type,
      entity_id: built.entity_id,
      payload: {
        id: eventId,
        type: input.type,
        created_at: new Date().toISOString(),
        api_version: WEBHOOK_API_VERSION,
        data: built.data,
      },
    }
    return new StepResponse(event)
  }
)
