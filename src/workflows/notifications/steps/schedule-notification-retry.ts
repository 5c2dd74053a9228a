import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  retryCustomerNotificationWorkflowId,
  type RetryCustomerNotificationWorkflowInput,
} from "../retry-customer-notification"
import { notificationRetryTransactionId, shortError } from "../utils"

export type ScheduleNotificationRetryStepOutput = {
  /** False: the engine refused the run; the caller falls back. */
  scheduled: boolean
  transaction_id: string
}

const isAlreadyStarted = (error: unknown) =>
  /already started|behind another execution/i.test(
    (error as Error | undefined)?.message ?? ""
  )

export const scheduleNotificationRetryStepId = "schedule-notification-retry"

/**
 * Starts `retryCustomerNotificationWorkflow` on the workflow engine for an
 * email the sender could not deliver, and returns at once (the retries
 * happen later, on whichever instance the engine picks). One run per
 * notification key: when a run for the key is already under way (the
 * event arrived twice and failed twice) it is left to do the retries.
 * When the engine refuses the run, `scheduled` is false and the workflow
 * falls back now rather than losing the notification.
 *
 * Compensation cancels the run this step started.
 *
 * @example
 * const retry = scheduleNotificationRetryStep({ email, max_retries, retry_backoff_ms, first, phone })
 */
export const scheduleNotificationRetryStep = createStep(
  scheduleNotificationRetryStepId,
  async (input: RetryCustomerNotificationWorkflowInput, { container }) => {
    const engine = container.resolve(Modules.WORKFLOW_ENGINE)
    const transactionId = notificationRetryTransactionId(
      input.email.idempotency_key
    )
    const output = (
      scheduled: boolean
    ): ScheduleNotificationRetryStepOutput => ({
      scheduled,
      transaction_id: transactionId,
    })

    let error: unknown = null
    try {
      const run = await engine.run(retryCustomerNotificationWorkflowId, {
        input,
        transactionId,
        throwOnError: false,
      })
      error =
        run.thrownError ??
        (run.acknowledgement.hasFailed
          ? (run.errors?.[0]?.error ?? new Error("the retry run failed"))
          : null)
    } catch (e) {
      error = e
    }
    // Compensation cancels only a run this step started.
    if (!error) {
      return new StepResponse(output(true), transactionId as string | null)
    }
    if (isAlreadyStarted(error)) {
      return new StepResponse(output(true), null as string | null)
    }
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `medusa-plugin-rms: the retries of "${input.email.template}" could not be scheduled, falling back: ${shortError(error)}`
      )
    return new StepResponse(output(false), null as string | null)
  },
  async (transactionId: string | null | undefined, { container }) => {
    if (!transactionId) {
      return
    }
    await container
      .resolve(Modules.WORKFLOW_ENGINE)
      .cancel(retryCustomerNotificationWorkflowId, { transactionId })
  }
)
