import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { fallBackCustomerNotification } from "./fall-back-customer-notification"
import { checkNotificationSentStep } from "./steps/check-notification-sent"
import {
  retryNotificationEmailStep,
  type RetryNotificationEmailStepInput,
} from "./steps/retry-notification-email"
import { notificationLockKey } from "./utils"

export type RetryCustomerNotificationWorkflowInput =
  RetryNotificationEmailStepInput & {
    /** For the SMS fallback. */
    phone: string | null
  }

export type RetryCustomerNotificationWorkflowOutput = {
  idempotency_key: string
  /**
   * `delivered`: another run of the same key sent it or fell back;
   * `retrying`: read before the run ended (what `run()` returns).
   */
  status: "sent" | "fallback" | "delivered" | "retrying"
  /** Retries made (provider calls after the sender's first). */
  retries: number
  notification_id: string | null
  feed_notification_id: string | null
}

export const retryCustomerNotificationWorkflowId = "retry-customer-notification"

/** How long the engine keeps a finished retry run (seconds): a week. */
const RETRY_RETENTION_SECONDS = 7 * 24 * 60 * 60

/**
 * Retries an email the sender could not deliver, on the workflow engine:
 * `sendCustomerNotificationWorkflow` starts it (transaction id
 * `notificationRetryTransactionId(key)`) only when its own attempt failed,
 * so a notification that goes out first time costs nothing more. The
 * engine re-runs `retry-notification-email` until a retry is sent or the
 * last one failed (see the step for the schedule); then, under the
 * notification's lock and unless the key was delivered meanwhile, it
 * falls back (SMS, in-portal feed) and emits `customer_notification.failed`.
 *
 * With `@medusajs/workflow-engine-redis` the pending retries live in Redis:
 * whichever instance runs the engine's queue makes them, also after the
 * sender crashed. The run is stored for a week (Medusa's workflow
 * executions), besides the attempt log.
 *
 * Hook: `notificationRetried` receives the input and the result.
 *
 * @example
 * await container.resolve(Modules.WORKFLOW_ENGINE).run(
 *   retryCustomerNotificationWorkflowId,
 *   { input, transactionId: notificationRetryTransactionId(key) }
 * )
 */
export const retryCustomerNotificationWorkflow = createWorkflow(
  {
    name: retryCustomerNotificationWorkflowId,
    store: true,
    retentionTime: RETRY_RETENTION_SECONDS,
  },
  (input: RetryCustomerNotificationWorkflowInput) => {
    const key = transform({ input }, ({ input }) => input.email.idempotency_key)
    const lockKey = transform({ key }, ({ key }) => notificationLockKey(key))

    const email = retryNotificationEmailStep(input)

    // The last retry failed: fall back, unless a redelivered event got
    // the email out (or fell back) between that retry and this lock.
    const sentBefore = when(
      "retried-notification-failed",
      { email },
      ({ email }) => email.status === "failed"
    ).then(() => {
      acquireLockStep({ key: lockKey, timeout: 60, ttl: 120 })
      return checkNotificationSentStep({ idempotency_key: key })
    })
    const fallback = when(
      "fall-back-retried-notification",
      { sentBefore },
      ({ sentBefore }) => !!sentBefore && !sentBefore.duplicate
    ).then(() =>
      fallBackCustomerNotification(
        transform({ input }, ({ input }) => ({
          ...input.email,
          customer_id: input.email.customer_id!,
          phone: input.phone,
        }))
      )
    )
    when(
      "release-retried-notification-lock",
      { email },
      ({ email }) => email.status === "failed"
    ).then(() => {
      releaseLockStep({ key: lockKey })
    })

    const result = transform(
      { key, email, sentBefore, fallback },
      ({
        key,
        email,
        sentBefore,
        fallback,
      }): RetryCustomerNotificationWorkflowOutput => ({
        idempotency_key: key,
        status: !email
          ? "retrying"
          : email.status === "sent"
            ? "sent"
            : email.status === "delivered" || sentBefore?.duplicate
              ? "delivered"
              : "fallback",
        retries: email?.retries ?? 0,
        notification_id: email?.notification_id ?? null,
        feed_notification_id: fallback?.feed_notification_id ?? null,
      })
    )

    const notificationRetried = createHook("notificationRetried", {
      input,
      result,
    })
    return new WorkflowResponse(result, { hooks: [notificationRetried] })
  }
)
