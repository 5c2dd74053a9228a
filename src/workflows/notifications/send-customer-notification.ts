import type { Attachment } from "@medusajs/framework/types"
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
import { getNotificationContextStep } from "./steps/get-notification-context"
import { scheduleNotificationRetryStep } from "./steps/schedule-notification-retry"
import { sendNotificationEmailStep } from "./steps/send-notification-email"
import { notificationIdempotencyKey, notificationLockKey } from "./utils"

export { CustomerNotificationEvents } from "./fall-back-customer-notification"

export type SendCustomerNotificationWorkflowInput = {
  /** What triggered it, e.g. `loyalty.reward_redeemed`. */
  event: string
  /** The record it is about, e.g. `loyalty_redemption` / `lrdm_123`. */
  entity_type: string
  entity_id: string
  /** Null (a guest) skips the notification. */
  customer_id: string | null
  /** A template of the Resend provider, e.g. `reward-redeemed`. */
  template: string
  /**
   * The template's data. `store` (from Medusa's Store module and the plugin
   * options) and `customer_name` are added unless given.
   */
  data: Record<string, unknown>
  /**
   * Transactional messages (codes, return updates) are always sent;
   * others are not sent to customers who opted out of marketing.
   */
  transactional: boolean
  attachments?: Attachment[] | null
  /** Appended to the idempotency key to send a delivered notification again. */
  idempotency_suffix?: string | null
  /**
   * The address to email instead of the customer's, e.g. a guest's access
   * code goes to the order's email.
   */
  to?: string | null
}

export type SendCustomerNotificationWorkflowOutput = {
  idempotency_key: string
  /**
   * `retrying`: the email failed and `retryCustomerNotificationWorkflow`
   * retries it on the workflow engine (then falls back if it must).
   */
  status: "sent" | "retrying" | "fallback" | "skipped"
  skipped: "no_customer" | "opted_out" | "duplicate" | null
  /** Email attempts made by this run (the engine's retries come later). */
  attempts: number
  notification_id: string | null
  feed_notification_id: string | null
  /** The retry run's transaction id on the workflow engine, if any. */
  retry_transaction_id: string | null
}

export const sendCustomerNotificationWorkflowId = "send-customer-notification"

/**
 * Sends a customer notification once per `${event}:${entity_id}:${template}`:
 *
 * 1. skips guests, and non-transactional messages to customers who opted
 *    out of marketing;
 * 2. under a lock on the key, skips a key already delivered (events arrive
 *    twice);
 * 3. emails it once through Medusa's Notification module, in this process,
 *    and logs the attempt;
 * 4. if that fails, starts `retryCustomerNotificationWorkflow` on the
 *    workflow engine, which retries with backoff and falls back after the
 *    last failure, and returns `retrying` without waiting; with no retries
 *    configured (or no email address) it falls back at once: SMS when a
 *    provider and a phone exist, and always the customer's in-portal feed.
 *
 * A notification that goes out first time runs no more than that: the
 * engine stores and schedules only the failed ones.
 *
 * Hook: `notificationProcessed` receives the input and the result.
 *
 * @example
 * await sendCustomerNotificationWorkflow(container).run({
 *   input: {
 *     event: "loyalty.reward_redeemed",
 *     entity_type: "loyalty_redemption",
 *     entity_id: "lrdm_123",
 *     customer_id: "cus_123",
 *     template: "reward-redeemed",
 *     data: { reward_name: "€10 voucher", code: "RWD-7KQ2M9XPAB" },
 *     transactional: true,
 *   },
 * })
 */
export const sendCustomerNotificationWorkflow = createWorkflow(
  sendCustomerNotificationWorkflowId,
  (input: SendCustomerNotificationWorkflowInput) => {
    const key = transform({ input }, ({ input }) =>
      notificationIdempotencyKey(input)
    )
    const lockKey = transform({ key }, ({ key }) => notificationLockKey(key))

    const context = getNotificationContextStep({
      customer_id: input.customer_id,
    })

    // Held from the duplicate check to the last log write (or until a retry
    // run takes over), so a concurrent delivery of the same event waits and
    // then sees this one's attempts.
    acquireLockStep({
      key: lockKey,
      timeout: 60,
      ttl: 120,
      executeOnSubWorkflow: true,
    })
    const sentBefore = checkNotificationSentStep({ idempotency_key: key })

    const plan = transform(
      { input, context, sentBefore, key },
      ({ input, context, sentBefore, key }) => {
        const skipped: SendCustomerNotificationWorkflowOutput["skipped"] =
          !context.customer
            ? "no_customer"
            : !input.transactional && context.marketing_opt_out
              ? "opted_out"
              : sentBefore.duplicate
                ? "duplicate"
                : null
        const given = (input.data?.store ?? {}) as Record<string, unknown>
        const data = {
          ...input.data,
          store: { ...context.store, ...given },
          customer_name:
            input.data?.customer_name ?? context.customer?.first_name ?? null,
        }
        return {
          skipped,
          message: {
            idempotency_key: key,
            event: input.event,
            entity_type: input.entity_type,
            entity_id: input.entity_id,
            customer_id: context.customer?.id ?? null,
            template: input.template,
            data,
            log_data: input.data ?? {},
            transactional: input.transactional,
          },
        }
      }
    )

    const message = transform(
      { plan, context, input },
      ({ plan, context, input }) => ({
        ...plan.message,
        to: input.to ?? context.customer?.email ?? null,
        attachments: input.attachments ?? null,
      })
    )
    const email = when(
      "send-customer-notification-email",
      { plan },
      ({ plan }) => !plan.skipped
    ).then(() => sendNotificationEmailStep(message))

    // Only a failed email costs a stored, engine-scheduled workflow; a
    // missing address will not get better by waiting.
    const retry = when(
      "retry-customer-notification-email",
      { message, email, context },
      ({ message, email, context }) =>
        email?.status === "failed" &&
        !!message.to &&
        context.settings.max_retries > 0
    ).then(() => {
      // Released before the retry run is stored, not after: the run may go
      // to another instance at once, and if this process died in between
      // holding the lock, every retry would wait out the lock's two minutes.
      releaseLockStep({ key: lockKey, executeOnSubWorkflow: true }).config({
        name: "release-notification-lock-before-retry",
      })
      return scheduleNotificationRetryStep(
        transform(
          { message, email, context },
          ({ message, email, context }) => ({
            email: message,
            max_retries: context.settings.max_retries,
            retry_backoff_ms: context.settings.retry_backoff_ms,
            first: {
              attempt: email!.attempt,
              attempted_at: email!.attempted_at,
              notification_id: email!.notification_id,
              error: email!.error,
            },
            phone: context.customer?.phone ?? null,
          })
        )
      )
    })

    // The engine refused the run: the fallback below runs under the lock
    // again.
    when(
      "relock-customer-notification",
      { retry },
      ({ retry }) => !!retry && !retry.scheduled
    ).then(() => {
      acquireLockStep({
        key: lockKey,
        timeout: 60,
        ttl: 120,
        executeOnSubWorkflow: true,
      }).config({ name: "reacquire-notification-lock" })
    })

    const fallback = when(
      "fall-back-customer-notification",
      { plan, email, retry },
      ({ plan, email, retry }) =>
        !plan.skipped && email?.status !== "sent" && !retry?.scheduled
    ).then(() =>
      fallBackCustomerNotification(
        transform({ plan, context }, ({ plan, context }) => ({
          ...plan.message,
          customer_id: plan.message.customer_id!,
          phone: context.customer?.phone ?? null,
        }))
      )
    )

    // Unless a retry run took over: the lock may be its by now.
    when(
      "release-customer-notification-lock",
      { retry },
      ({ retry }) => !retry?.scheduled
    ).then(() => {
      releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
    })

    const result = transform(
      { plan, email, retry, fallback, key },
      ({
        plan,
        email,
        retry,
        fallback,
        key,
      }): SendCustomerNotificationWorkflowOutput => ({
        idempotency_key: key,
        status: plan.skipped
          ? "skipped"
          : email?.status === "sent"
            ? "sent"
            : retry?.scheduled
              ? "retrying"
              : "fallback",
        skipped: plan.skipped,
        attempts: email?.attempts ?? 0,
        notification_id: email?.notification_id ?? null,
        feed_notification_id: fallback?.feed_notification_id ?? null,
        retry_transaction_id: retry?.scheduled ? retry.transaction_id : null,
      })
    )

    const notificationProcessed = createHook("notificationProcessed", {
      input,
      result,
    })
    return new WorkflowResponse(result, { hooks: [notificationProcessed] })
  }
)
