import type {
  Attachment,
  INotificationModuleService,
  NotificationDTO,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"
import { attemptIdempotencyKey, maskEmail, shortError, sleep } from "../utils"

export type SendNotificationEmailStepInput = {
  idempotency_key: string
  event: string
  entity_type: string
  entity_id: string
  customer_id: string | null
  /** The customer's email; null sends nothing and reports a failure. */
  to: string | null
  template: string
  /** Template data as rendered: the caller's data, store and customer name. */
  data: Record<string, unknown>
  /** The caller's data, kept in the attempt log for a resend. */
  log_data: Record<string, unknown>
  transactional: boolean
  attachments?: Attachment[] | null
  max_retries: number
  retry_backoff_ms: number
}

export type SendNotificationEmailStepOutput = {
  status: "sent" | "failed"
  attempts: number
  notification_id: string | null
  external_id: string | null
  error: string | null
}

export const sendNotificationEmailStepId = "send-notification-email"

/**
 * Sends the email through Medusa's Notification module, retrying failures
 * with exponential backoff (`retry_backoff_ms`, doubled each time) up to
 * `max_retries` times, and logs every attempt.
 *
 * The retries live in the step rather than in `.config({ maxRetries,
 * retryInterval })`: in 2.21.2 a `retryInterval` hands the retry to a timer
 * of the workflow engine, so `run()` returns before the retries (and the
 * fallback) happen, and without an interval retries are immediate, which
 * does not help a rate-limited or briefly unavailable provider. A final
 * failure is returned, not thrown, so the workflow falls back instead of
 * failing. There is no compensation: a sent email cannot be unsent.
 *
 * `createNotifications` throws when the provider fails and records the
 * notification as `failure`; the step also reads the record back and only
 * counts `success` as sent.
 *
 * @example
 * const email = sendNotificationEmailStep({ idempotency_key, to, template, data, ... })
 */
export const sendNotificationEmailStep = createStep(
  sendNotificationEmailStepId,
  async (input: SendNotificationEmailStepInput, { container }) => {
    const notifications: INotificationModuleService = container.resolve(
      Modules.NOTIFICATION
    )
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

    const log = async (
      attempt: number,
      outcome: {
        status: "sent" | "failed"
        error?: string | null
        notification?: NotificationDTO | null
      }
    ) =>
      await service.createNotificationAttempts({
        idempotency_key: input.idempotency_key,
        event: input.event,
        template: input.template,
        channel: "email",
        recipient: maskEmail(input.to),
        status: outcome.status,
        error: outcome.error ?? null,
        attempt,
        notification_id: outcome.notification?.id ?? null,
        external_id: outcome.notification?.external_id ?? null,
        entity_type: input.entity_type,
        entity_id: input.entity_id,
        customer_id: input.customer_id,
        transactional: input.transactional,
        data: input.log_data,
      })

    const previous = await service.lastAttemptNumber(
      input.idempotency_key,
      "email"
    )

    if (!input.to) {
      const error = "customer has no email address"
      await log(previous + 1, { status: "failed", error })
      return new StepResponse<SendNotificationEmailStepOutput>({
        status: "failed",
        attempts: 1,
        notification_id: null,
        external_id: null,
        error,
      })
    }

    const tries = input.max_retries + 1
    let firstNotificationId: string | null = null
    let lastError: string | null = null

    for (let i = 0; i < tries; i++) {
      if (i > 0) {
        await sleep(input.retry_backoff_ms * 2 ** (i - 1))
      }
      const attempt = previous + i + 1
      const key = attemptIdempotencyKey(input.idempotency_key, attempt)

      let error: unknown = null
      let notification: NotificationDTO | null = null
      try {
        notification =
          (await notifications.createNotifications({
            to: input.to,
            channel: "email",
            template: input.template,
            data: input.data,
            trigger_type: input.event,
            resource_type: input.entity_type,
            resource_id: input.entity_id,
            receiver_id: input.customer_id,
            original_notification_id: firstNotificationId,
            idempotency_key: key,
            ...(input.attachments?.length
              ? { attachments: input.attachments }
              : {}),
          })) ?? null
      } catch (e) {
        error = e
      }
      // Nothing returned: the key already had a record (a crash between
      // sending and logging). Its status says whether it went out.
      if (!notification) {
        const [existing] = await notifications.listNotifications(
          { idempotency_key: key } as Record<string, unknown>,
          { take: 1 }
        )
        notification = existing ?? null
      }
      firstNotificationId ??= notification?.id ?? null

      if (!error && notification?.status === "success") {
        await log(attempt, { status: "sent", notification })
        return new StepResponse<SendNotificationEmailStepOutput>({
          status: "sent",
          attempts: i + 1,
          notification_id: notification.id,
          external_id: notification.external_id ?? null,
          error: null,
        })
      }

      lastError = shortError(
        error ?? `notification status is "${notification?.status ?? "none"}"`
      )
      await log(attempt, { status: "failed", error: lastError, notification })
      logger.warn(
        `medusa-plugin-rms: "${input.template}" email attempt ${attempt} failed: ${lastError}`
      )
    }

    return new StepResponse<SendNotificationEmailStepOutput>({
      status: "failed",
      attempts: tries,
      notification_id: firstNotificationId,
      external_id: null,
      error: lastError,
    })
  }
)
