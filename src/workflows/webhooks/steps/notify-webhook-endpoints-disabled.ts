import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type NotifyWebhookEndpointsDisabledStepInput = {
  disabled: { id: string; url: string; consecutive_failures: number }[]
}

export const notifyWebhookEndpointsDisabledStepId =
  "notify-webhook-endpoints-disabled"

/**
 * Tells staff an endpoint was switched off: a warning in the log and a
 * notice in the admin's notification panel (the `feed` channel). A store
 * without a feed provider still gets the log line and the banner on the
 * Webhooks page; the notice is best effort and never fails the delivery.
 *
 * @example
 * notifyWebhookEndpointsDisabledStep({ disabled })
 */
export const notifyWebhookEndpointsDisabledStep = createStep(
  notifyWebhookEndpointsDisabledStepId,
  async (input: NotifyWebhookEndpointsDisabledStepInput, { container }) => {
    if (!input.disabled.length) {
      return new StepResponse({ notified: 0 })
    }
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    let notified = 0
    for (const endpoint of input.disabled) {
      const description = `${endpoint.url} was disabled after ${endpoint.consecutive_failures} failed attempts in a row. Fix the receiver, then turn it back on from the Webhooks page; pending deliveries resume.`
      logger.warn(`medusa-plugin-rms webhooks: ${description}`)
      try {
        await container
          .resolve<INotificationModuleService>(Modules.NOTIFICATION)
          .createNotifications({
            to: "",
            channel: "feed",
            template: "admin-ui",
            data: { title: "Webhook endpoint disabled", description },
            idempotency_key: `rms-webhook-disabled:${endpoint.id}:${Date.now()}`,
          })
        notified++
      } catch (e) {
        logger.warn(
          `medusa-plugin-rms webhooks: no admin notice for ${endpoint.id}: ${(e as Error).message}`
        )
      }
    }
    return new StepResponse({ notified })
  }
)
