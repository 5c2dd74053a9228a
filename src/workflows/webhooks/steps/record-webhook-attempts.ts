import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { WebhookAttemptResult } from "../../../modules/webhooks"
import { webhooksStep } from "../webhooks-step"

export const recordWebhookAttemptsStepId = "record-webhook-attempts"

/**
 * Writes each attempt's outcome (status code, latency, error), schedules
 * retries with exponential backoff, gives up after the last attempt and
 * switches off endpoints that failed too often in a row. Returns those
 * endpoints. No compensation: the attempts happened.
 *
 * @example
 * const { disabled } = recordWebhookAttemptsStep(results)
 */
export const recordWebhookAttemptsStep = webhooksStep(
  recordWebhookAttemptsStepId,
  async (results: WebhookAttemptResult[], service) => {
    const recorded = results.length
      ? await service.recordAttempts(results)
      : { disabled: [] }
    return new StepResponse(recorded)
  }
)
