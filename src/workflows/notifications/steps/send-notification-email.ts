import type {
  Attachment,
  INotificationModuleService,
  MedusaContainer,
  NotificationDTO,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"
import { attemptIdempotencyKey, maskEmail, shortError } from "../utils"

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
}

export type SendNotificationEmailStepOutput = {
  status: "sent" | "failed"
  /** Provider calls made. */
  attempts: number
  /** The attempt's number in the log (1 unless the key was tried before). */
  attempt: number
  /** When it was made (ISO): the retries' backoff counts from here. */
  attempted_at: string
  notification_id: string | null
  external_id: string | null
  error: string | null
}

/**
 * One provider call for the notification's next attempt number (read from
 * the attempt log, so an attempt of an earlier run, a retry or another
 * instance is never re-used), logged whatever happens. The Notification
 * module key is per attempt (`attemptIdempotencyKey`): the provider sees
 * each call once. Callers hold the notification's lock.
 *
 * `createNotifications` throws when the provider fails and records the
 * notification as `failure`; the record is also read back and only
 * `success` counts as sent.
 *
 * @example
 * const outcome = await attemptNotificationEmail(container, input, null)
 */
export const attemptNotificationEmail = async (
  container: MedusaContainer,
  input: SendNotificationEmailStepInput,
  originalNotificationId: string | null
): Promise<SendNotificationEmailStepOutput> => {
  const notifications: INotificationModuleService = container.resolve(
    Modules.NOTIFICATION
  )
  const service: CustomerNotificationModuleService = container.resolve(
    CUSTOMER_NOTIFICATION_MODULE
  )
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const attempted_at = new Date().toISOString()
  const attempt =
    (await service.lastAttemptNumber(input.idempotency_key, "email")) + 1
  const log = async (outcome: {
    status: "sent" | "failed"
    error?: string | null
    notification?: NotificationDTO | null
  }) =>
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
  const failed = (
    error: string,
    notification: NotificationDTO | null
  ): SendNotificationEmailStepOutput => ({
    status: "failed",
    attempts: 1,
    attempt,
    attempted_at,
    notification_id: notification?.id ?? originalNotificationId,
    external_id: null,
    error,
  })

  if (!input.to) {
    const error = "customer has no email address"
    await log({ status: "failed", error })
    return failed(error, null)
  }

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
        original_notification_id: originalNotificationId,
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

  if (!error && notification?.status === "success") {
    await log({ status: "sent", notification })
    return {
      status: "sent",
      attempts: 1,
      attempt,
      attempted_at,
      notification_id: notification.id,
      external_id: notification.external_id ?? null,
      error: null,
    }
  }
  const message = shortError(
    error ?? `notification status is "${notification?.status ?? "none"}"`
  )
  await log({ status: "failed", error: message, notification })
  logger.warn(
    `medusa-plugin-rms: "${input.template}" email attempt ${attempt} failed: ${message}`
  )
  return failed(message, notification)
}

export const sendNotificationEmailStepId = "send-notification-email"

/**
 * Sends the email through Medusa's Notification module once, in the
 * sending process, and logs the attempt. A failure is returned, not
 * thrown: the workflow then has the workflow engine retry it
 * (`scheduleNotificationRetryStep`), or falls back when no retry is
 * configured. There is no compensation: a sent email cannot be unsent.
 *
 * @example
 * const email = sendNotificationEmailStep({ idempotency_key, to, template, data, ... })
 */
export const sendNotificationEmailStep = createStep(
  sendNotificationEmailStepId,
  async (input: SendNotificationEmailStepInput, { container }) =>
    new StepResponse<SendNotificationEmailStepOutput>(
      await attemptNotificationEmail(container, input, null)
    )
)
