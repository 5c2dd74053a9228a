import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  checkWebhookUrl,
  postWebhook,
  signWebhookPayload,
  WEBHOOK_EVENT_TYPE_HEADER,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOKS_MODULE,
  type ClaimedWebhookDelivery,
  type WebhookAttemptResult,
  type WebhooksModuleService,
} from "../../../modules/webhooks"

export const sendWebhookDeliveriesStepId = "send-webhook-deliveries"

/**
 * Sends each claimed delivery once, in parallel: the URL is checked again
 * (DNS may have changed since the endpoint was saved) and the request goes
 * to the addresses just approved, signed with the endpoint's secret. A
 * failure is a result, never a thrown error: the outcome step records it
 * and schedules the retry. Nothing to compensate (a request cannot be
 * unsent; the receiver dedupes on `rms-webhook-id`).
 *
 * @example
 * const results = sendWebhookDeliveriesStep(claimed)
 */
export const sendWebhookDeliveriesStep = createStep(
  sendWebhookDeliveriesStepId,
  async (deliveries: ClaimedWebhookDelivery[], { container }) => {
    const settings = await container
      .resolve<WebhooksModuleService>(WEBHOOKS_MODULE)
      .getSettings()
    const results = await Promise.all(
      deliveries.map(async (delivery): Promise<WebhookAttemptResult> => {
        const check = await checkWebhookUrl(delivery.url, settings)
        if (!check.ok) {
          return {
            delivery_id: delivery.id,
            ok: false,
            status_code: null,
            latency_ms: null,
            error: `url ${check.reason}`,
          }
        }
        const body = JSON.stringify(delivery.payload)
        const outcome = await postWebhook({
          url: check.url,
          addresses: check.addresses,
          body,
          headers: {
            [WEBHOOK_SIGNATURE_HEADER]: signWebhookPayload(
              body,
              delivery.secret
            ),
            [WEBHOOK_ID_HEADER]: delivery.event_id,
            [WEBHOOK_EVENT_TYPE_HEADER]: delivery.type,
          },
          timeout_ms: settings.timeout_ms,
        })
        return { delivery_id: delivery.id, ...outcome }
      })
    )
    return new StepResponse(results)
  }
)
