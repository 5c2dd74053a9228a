import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  WEBHOOK_API_VERSION,
  WEBHOOK_TEST_EVENT,
  type EnqueueWebhookEventInput,
} from "../../../modules/webhooks"

export const buildWebhookTestEventStepId = "build-webhook-test-event"

/**
 * The `webhook.test` event "Send test" delivers to one endpoint: the same
 * envelope and signature as real events, with no store data. Read-only.
 *
 * @example
 * const event = buildWebhookTestEventStep({ endpoint_id: "whep_123" })
 */
export const buildWebhookTestEventStep = createStep(
  buildWebhookTestEventStepId,
  async (input: { endpoint_id: string }) => {
    const eventId = generateEntityId(undefined, "evt")
    const event: EnqueueWebhookEventInput = {
      event_id: eventId,
      type: WEBHOOK_TEST_EVENT,
      entity_id: input.endpoint_id,
      endpoint_id: input.endpoint_id,
      payload: {
        id: eventId,
        type: WEBHOOK_TEST_EVENT,
        created_at: new Date().toISOString(),
        api_version: WEBHOOK_API_VERSION,
        data: {
          endpoint_id: input.endpoint_id,
          message: "A test event from medusa-plugin-rms.",
        },
      },
    }
    return new StepResponse(event)
  }
)
