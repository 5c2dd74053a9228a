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
  max_retries: number
  retry_backoff_ms: number
}

export type SendNotificationEmailStepOutput = {
  status: "sent" | "failed"
  /** Provider calls made so far for this notification in this run. */
  attempts: number
  notification_id: string | null
  external_id: string | null
  error: string | null
  /** Attempt number (in the log) of this run's first call. */
  first_attempt: number
  /** When this run's first call was made (ISO), where backoff counts from. */
  first_attempted_at: string
}

type AttemptOutcome = {
  sent: boolean
  attempt: number
  notification: NotificationDTO | null
  error: string | null
}

/**
 * One provider call for the notification's next attempt number (read from
 * the attempt log, so attempts of an earlier run or another instance are
 * never re-used), logged whatever happens. The Notification module key is
 * per attempt (`attemptIdempotencyKey`): the provider sees each call once.
 */
const attemptEmail = async (
  container: MedusaContainer,
  input: SendNotificationEmailStepInput,
  originalNotificationId: string | null
): Promise<AttemptOutcome> => {
  const notifications: INotificationModuleService = container.resolve(
    Modules.NOTIFICATION
  )
  const service: CustomerNotificationModuleService = container.resolve(
    CUSTOMER_NOTIFICATION_MODULE
  )
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

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

  if (!input.to) {
    const error = "customer has no email address"
    await log({ status: "failed", error })
    return { sent: false, attempt, notification: null, error }
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
    return { sent: true, attempt, notification, error: null }
  }
  const message = shortError(
    error ?? `notification status is "${notification?.status ?? "none"}"`
  )
  await log({ status: "failed", error: message, notification })
  logger.warn(
    `medusa-plugin-rms: "${input.template}" email attempt ${attempt} failed: ${message}`
  )
  return { sent: false, attempt, notification, error: message }
}

export const sendNotificationEmailStepId = "send-notification-email"

/**
 * Sends the email through Medusa's Notification module once and logs the
 * attempt. A failure is returned, not thrown: `retryNotificationEmailStep`
 * (run by the workflow engine, not in this process's memory) retries it,
 * and the workflow falls back after the last failure. There is no
 * compensation: a sent email cannot be unsent.
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
    const firstAttemptedAt = new Date().toISOString()
    const outcome = await attemptEmail(container, input, null)
    return new StepResponse<SendNotificationEmailStepOutput>({
      status: outcome.sent ? "sent" : "failed",
      attempts: 1,
      notification_id: outcome.notification?.id ?? null,
      external_id: outcome.notification?.external_id ?? null,
      error: outcome.error,
      first_attempt: outcome.attempt,
      first_attempted_at: firstAttemptedAt,
    })
  }
)

/**
 * How often the workflow engine re-runs `retryNotificationEmailStep`
 * (seconds) and how many times at most: a poll, because the engine's retry
 * interval is fixed while the backoff (`retry_backoff_ms`, doubled each
 * time) is a plugin option. 300 polls bound every retry schedule to about
 * five minutes; the notification lock's TTL covers it.
 */
export const NOTIFICATION_RETRY_POLL_SECONDS = 1
export const NOTIFICATION_RETRY_MAX_POLLS = 300

/** Thrown to have the engine run the retry step again later. */
class RetryLaterError extends Error {}

export type RetryNotificationEmailStepInput = SendNotificationEmailStepInput & {
  first: SendNotificationEmailStepOutput
}

export const retryNotificationEmailStepId = "retry-notification-email"

/**
 * Retries a failed email up to `max_retries` times, retry k being due
 * `retry_backoff_ms × (2^k − 1)` after the first call (1, 2, 4, … × the
 * backoff between calls). The workflow engine runs it (an async step with
 * `maxRetries` and `retryInterval`): a retry that is not due yet, or whose
 * call failed with retries left, throws and the engine runs the step again
 * after the interval. With the Redis workflow engine the pending retry is
 * stored in Redis, so it survives a crash and any worker may make it; no
 * process sleeps through the backoff.
 *
 * The retries already made are counted from the attempt log, so a re-run
 * after a crash neither repeats nor skips one. The last failure is
 * returned, not thrown, so the workflow falls back.
 *
 * @example
 * const retried = retryNotificationEmailStep({ ...message, first: email })
 */
export const retryNotificationEmailStep = createStep(
  {
    name: retryNotificationEmailStepId,
    async: true,
    backgroundExecution: true,
    maxRetries: NOTIFICATION_RETRY_MAX_POLLS,
    retryInterval: NOTIFICATION_RETRY_POLL_SECONDS,
  },
  async (input: RetryNotificationEmailStepInput, { container, metadata }) => {
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    const { first } = input
    const lastPoll = metadata.attempt > NOTIFICATION_RETRY_MAX_POLLS
    const made =
      (await service.lastAttemptNumber(input.idempotency_key, "email")) -
      first.first_attempt
    const retry = made + 1
    const dueAt =
      new Date(first.first_attempted_at).getTime() +
      input.retry_backoff_ms * (2 ** retry - 1)
    if (retry <= input.max_retries && Date.now() < dueAt && !lastPoll) {
      throw new RetryLaterError(`email retry ${retry} is not due yet`)
    }

    const outcome =
      retry <= input.max_retries
        ? await attemptEmail(container, input, first.notification_id)
        : null
    if (outcome?.sent) {
      return new StepResponse<SendNotificationEmailStepOutput>({
        ...first,
        status: "sent",
        attempts: retry + 1,
        notification_id: outcome.notification?.id ?? null,
        external_id: outcome.notification?.external_id ?? null,
        error: null,
      })
    }
    if (outcome && retry < input.max_retries && !lastPoll) {
      throw new RetryLaterError(`email attempt ${outcome.attempt} failed`)
    }
    return new StepResponse<SendNotificationEmailStepOutput>({
      ...first,
      status: "failed",
      attempts: Math.min(retry, input.max_retries) + 1,
      error: outcome?.error ?? first.error,
    })
  }
)
