import type { INotificationModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isTemplateName } from "../../../emails/registry"
import type { TestNotificationRecord } from "../../../modules/customer-notification"
import { loadTemplateSample } from "../loaders"
import { isMissingProviderError, shortError } from "../utils"

export type SendTestNotificationEmailStepInput = {
  template: string
  to: string
  locale?: string | null
  /** The admin user sending it, kept as the notification's receiver. */
  sent_by?: string | null
}

export type SendTestNotificationEmailStepOutput = {
  notification: TestNotificationRecord
  /** Why the provider refused it; null when it was sent. */
  error: string | null
}

export const sendTestNotificationEmailStepId = "send-test-notification-email"

/**
 * Sends one template, filled with its sample data under the store's own
 * brand, to the given address
 * through Medusa's Notification module (channel `email`), so an admin sees
 * the real email from the real provider. Each call is a new send (its own
 * idempotency key). A provider failure is returned with the failed
 * notification's id rather than thrown; a template that does not exist is
 * NOT_FOUND and a store without an email provider NOT_ALLOWED. Nothing to
 * compensate: an email cannot be unsent.
 *
 * @example
 * const sent = sendTestNotificationEmailStep({ template: "return-approved", to: "me@example.com" })
 */
export const sendTestNotificationEmailStep = createStep(
  sendTestNotificationEmailStepId,
  async (input: SendTestNotificationEmailStepInput, { container }) => {
    if (!isTemplateName(input.template)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Notification template "${input.template}" was not found`
      )
    }
    const notifications: INotificationModuleService = container.resolve(
      Modules.NOTIFICATION
    )
    const key = `rms-test-email:${input.template}:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
    const data = await loadTemplateSample(
      container,
      input.template,
      input.locale
    )

    const result = (
      notification: {
        id?: string | null
        status?: string | null
        external_id?: string | null
      } | null,
      error: string | null
    ): SendTestNotificationEmailStepOutput => ({
      notification: {
        id: notification?.id ?? null,
        status: (notification?.status ??
          (error ? "failure" : "pending")) as TestNotificationRecord["status"],
        external_id: notification?.external_id ?? null,
        template: input.template,
        channel: "email",
        to: input.to,
      },
      error,
    })

    try {
      const notification = await notifications.createNotifications({
        to: input.to,
        channel: "email",
        template: input.template,
        data,
        trigger_type: "rms.test_email",
        resource_type: "notification_template",
        resource_id: input.template,
        receiver_id: input.sent_by ?? null,
        idempotency_key: key,
      })
      return new StepResponse(result(notification ?? null, null))
    } catch (error) {
      if (isMissingProviderError(error)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "No notification provider is configured for the email channel: add the Resend provider to the Notification module"
        )
      }
      const [failed] = await notifications.listNotifications(
        { idempotency_key: key } as Record<string, unknown>,
        { take: 1 }
      )
      return new StepResponse(result(failed ?? null, shortError(error)))
    }
  }
)
