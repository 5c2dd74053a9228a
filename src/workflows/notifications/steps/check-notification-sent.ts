import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerNotificationStep } from "../../utils/module-step"

export const checkNotificationSentStepId = "check-notification-sent"

/**
 * Whether a notification key was already delivered (an email sent or a
 * fallback written): events can arrive twice, the second is a duplicate.
 * Runs under the key's lock so two concurrent deliveries see each other.
 *
 * @example
 * const { duplicate } = checkNotificationSentStep({ idempotency_key: key })
 */
export const checkNotificationSentStep = customerNotificationStep(
  checkNotificationSentStepId,
  async ({ idempotency_key }: { idempotency_key: string }, service) => {
    const [delivered] = await service.listNotificationAttempts(
      { idempotency_key, status: ["sent", "fallback"] },
      { select: ["id"], take: 1 }
    )
    return new StepResponse({ duplicate: !!delivered })
  }
)
