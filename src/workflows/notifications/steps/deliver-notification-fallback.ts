import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"
import { renderEmail } from "../../../emails/registry"
import {
  attemptIdempotencyKey,
  hasNotificationChannel,
  isMissingProviderError,
  maskPhone,
  shortError,
} from "../utils"

export type DeliverNotificationFallbackStepInput = {
  idempotency_key: string
  event: string
  entity_type: string
  entity_id: string
  customer_id: string
  phone: string | null
  template: string
  /** Template data as rendered: the caller's data, store and customer name. */
  data: Record<string, unknown>
  /** The caller's data, kept in the attempt log for a resend. */
  log_data: Record<string, unknown>
  transactional: boolean
}

export type DeliverNotificationFallbackStepOutput = {
  feed_notification_id: string
  sms: "sent" | "failed" | "unavailable"
}

export const deliverNotificationFallbackStepId = "deliver-notification-fallback"

const humanize = (template: string) =>
  template.charAt(0).toUpperCase() + template.slice(1).replace(/-/g, " ")

/**
 * Delivers a notification the email could not: as an SMS when the
 * Notification module has an `sms` provider and the customer a phone
 * number, and always as a message in the customer's in-portal feed (title
 * and plain-text body rendered from the email template). Every delivery is
 * logged as a `fallback` attempt. Compensation removes the feed message it
 * added; an SMS cannot be taken back.
 *
 * @example
 * deliverNotificationFallbackStep({ idempotency_key, customer_id, template, data, ... })
 */
export const deliverNotificationFallbackStep = createStep(
  deliverNotificationFallbackStepId,
  async (input: DeliverNotificationFallbackStepInput, { container }) => {
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

    let title = humanize(input.template)
    let body = title
    try {
      const rendered = await renderEmail(input.template, input.data)
      title = rendered.subject
      body = rendered.text
    } catch (e) {
      // The feed message is the last resort: write it even when the
      // template cannot render (the email failed for the same reason).
      logger.warn(
        `medusa-plugin-rms: "${input.template}" could not be rendered for the feed: ${shortError(e)}`
      )
    }

    const base = {
      idempotency_key: input.idempotency_key,
      event: input.event,
      template: input.template,
      entity_type: input.entity_type,
      entity_id: input.entity_id,
      customer_id: input.customer_id,
      transactional: input.transactional,
      data: input.log_data,
    }

    let sms: DeliverNotificationFallbackStepOutput["sms"] = "unavailable"
    if (input.phone && hasNotificationChannel(container, "sms")) {
      const notifications: INotificationModuleService = container.resolve(
        Modules.NOTIFICATION
      )
      const attempt =
        (await service.lastAttemptNumber(input.idempotency_key, "sms")) + 1
      try {
        const notification = await notifications.createNotifications({
          to: input.phone,
          channel: "sms",
          template: input.template,
          data: { ...input.data, subject: title, text: body },
          trigger_type: input.event,
          resource_type: input.entity_type,
          resource_id: input.entity_id,
          receiver_id: input.customer_id,
          idempotency_key: attemptIdempotencyKey(
            `${input.idempotency_key}:sms`,
            attempt
          ),
        })
        sms = notification?.status === "failure" ? "failed" : "sent"
        await service.createNotificationAttempts({
          ...base,
          channel: "sms",
          recipient: maskPhone(input.phone),
          status: sms === "sent" ? "fallback" : "failed",
          attempt,
          notification_id: notification?.id ?? null,
          external_id: notification?.external_id ?? null,
        })
      } catch (e) {
        if (isMissingProviderError(e)) {
          sms = "unavailable"
        } else {
          sms = "failed"
          await service.createNotificationAttempts({
            ...base,
            channel: "sms",
            recipient: maskPhone(input.phone),
            status: "failed",
            error: shortError(e),
            attempt,
          })
        }
      }
    }

    const feed = await service.createFeedNotification({
      customer_id: input.customer_id,
      template: input.template,
      title,
      body,
      data: input.data,
      source_event: input.event,
      entity_type: input.entity_type,
      entity_id: input.entity_id,
      idempotency_key: input.idempotency_key,
    })
    await service.createNotificationAttempts({
      ...base,
      channel: "feed",
      recipient: null,
      status: "fallback",
      attempt:
        (await service.lastAttemptNumber(input.idempotency_key, "feed")) + 1,
      notification_id: feed.id,
    })

    // Compensation removes only a message this run added.
    return new StepResponse<
      DeliverNotificationFallbackStepOutput,
      string | null
    >({ feed_notification_id: feed.id, sms }, feed.created ? feed.id : null)
  },
  async (feedNotificationId: string | null | undefined, { container }) => {
    if (!feedNotificationId) {
      return
    }
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    await service.deleteCustomerNotifications(feedNotificationId)
  }
)
