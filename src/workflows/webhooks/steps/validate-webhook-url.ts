import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  checkWebhookUrl,
  WEBHOOKS_MODULE,
  type WebhooksModuleService,
} from "../../../modules/webhooks"

export const validateWebhookUrlStepId = "validate-webhook-url"

/**
 * Refuses a URL the store must not call: not `https` in production, or a
 * host resolving to a private, loopback or link-local address unless the
 * `webhooks.allow_private_urls` option allows it. A 400 naming `url`.
 *
 * @example
 * validateWebhookUrlStep({ url: "https://hooks.example.com/rms" })
 */
export const validateWebhookUrlStep = createStep(
  validateWebhookUrlStepId,
  async (input: { url?: string | null }, { container }) => {
    if (input.url === undefined || input.url === null) {
      return new StepResponse(null)
    }
    const settings = await container
      .resolve<WebhooksModuleService>(WEBHOOKS_MODULE)
      .getSettings()
    const check = await checkWebhookUrl(input.url, settings)
    if (!check.ok) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `url ${check.reason}`
      )
    }
    return new StepResponse(check.url.toString())
  }
)
