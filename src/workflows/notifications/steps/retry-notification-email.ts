import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"
import { NOTIFICATION_RETRY_MAX_SCHEDULE_MS } from "../../../modules/customer-notification/settings"
import { notificationLockKey } from "../utils"
import {
  attemptNotificationEmail,
  type SendNotificationEmailStepInput,
  type SendNotificationEmailStepOutput,
} from "./send-notification-email"

/**
 * How often the workflow engine runs `retryNotificationEmailStep` (seconds)
 * and how many times at most. The engine's retry interval is fixed per
 * step while the backoff is a plugin option, so the step is re-run every
 * second and sends only once a retry is due. The polls cover the longest
 * schedule `notificationSettings` accepts, plus slack for lock waits.
 */
export const NOTIFICATION_RETRY_POLL_SECONDS = 1
export const NOTIFICATION_RETRY_MAX_POLLS =
  NOTIFICATION_RETRY_MAX_SCHEDULE_MS / 1000 / NOTIFICATION_RETRY_POLL_SECONDS +
  300

/** Thrown to have the engine run the step again after the poll interval. */
class RetryLaterError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "RetryLaterError"
  }
}

export type RetryNotificationEmailStepInput = {
  email: SendNotificationEmailStepInput
  max_retries: number
  retry_backoff_ms: number
  /** The sender's failed attempt, where the backoff counts from. */
  first: Pick<
    SendNotificationEmailStepOutput,
    "attempt" | "attempted_at" | "notification_id" | "error"
  >
}

export type RetryNotificationEmailStepOutput = {
  /** `delivered`: sent or fallen back by another run of the same key. */
  status: "sent" | "failed" | "delivered"
  /** Retries made (provider calls after the first). */
  retries: number
  notification_id: string | null
  error: string | null
}

export const retryNotificationEmailStepId = "retry-notification-email"

/**
 * Retries a failed email up to `max_retries` times, retry k being due
 * `retry_backoff_ms × (2^k − 1)` after the first attempt (the waits between
 * calls double: 1 s, 2 s, 4 s by default). The workflow engine runs it
 * (`maxRetries` + `retryInterval`): a retry that is not due yet, or a call
 * that failed with retries left, throws and the engine runs the step again
 * after the interval — a timer of the in-memory engine, a delayed job of
 * the Redis engine, which any instance picks up, also after a crash. The
 * first run, inside the sender's workflow, never sends: the sender holds
 * the notification's lock and returns at once.
 *
 * Each call runs under the notification's lock, after checking the key
 * was not delivered meanwhile (a redelivered event may have sent it), and
 * takes its attempt number from the attempt log, so a re-run after a crash
 * neither repeats nor skips one. The last failure is returned, not thrown,
 * so the workflow falls back.
 *
 * @example
 * const retried = retryNotificationEmailStep({ email, max_retries, retry_backoff_ms, first })
 */
export const retryNotificationEmailStep = createStep(
  {
    name: retryNotificationEmailStepId,
    maxRetries: NOTIFICATION_RETRY_MAX_POLLS,
    retryInterval: NOTIFICATION_RETRY_POLL_SECONDS,
  },
  async (input: RetryNotificationEmailStepInput, { container, metadata }) => {
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    const key = input.email.idempotency_key
    const lastPoll = metadata.attempt > NOTIFICATION_RETRY_MAX_POLLS
    const gaveUp = (
      retries: number,
      error: string | null
    ): RetryNotificationEmailStepOutput => ({
      status: "failed",
      retries,
      notification_id: input.first.notification_id,
      error,
    })

    const retry =
      (await service.lastAttemptNumber(key, "email")) - input.first.attempt + 1
    if (retry > input.max_retries) {
      return new StepResponse(gaveUp(input.max_retries, input.first.error))
    }
    const dueAt =
      new Date(input.first.attempted_at).getTime() +
      input.retry_backoff_ms * (2 ** retry - 1)
    if (!lastPoll && (metadata.attempt === 1 || Date.now() < dueAt)) {
      throw new RetryLaterError(`email retry ${retry} of "${key}" is not due`)
    }

    const outcome = await container.resolve(Modules.LOCKING).execute(
      notificationLockKey(key),
      async () => {
        const [delivered] = await service.listNotificationAttempts(
          { idempotency_key: key, status: ["sent", "fallback"] },
          { select: ["id"], take: 1 }
        )
        return delivered
          ? null
          : await attemptNotificationEmail(
              container,
              input.email,
              input.first.notification_id
            )
      },
      { timeout: 60 }
    )

    if (!outcome) {
      return new StepResponse<RetryNotificationEmailStepOutput>({
        status: "delivered",
        retries: retry - 1,
        notification_id: input.first.notification_id,
        error: null,
      })
    }
    if (outcome.status === "sent") {
      return new StepResponse<RetryNotificationEmailStepOutput>({
        status: "sent",
        retries: retry,
        notification_id: outcome.notification_id,
        error: null,
      })
    }
    if (retry < input.max_retries && !lastPoll) {
      throw new RetryLaterError(`email attempt ${outcome.attempt} failed`)
    }
    return new StepResponse(gaveUp(retry, outcome.error))
  }
)
