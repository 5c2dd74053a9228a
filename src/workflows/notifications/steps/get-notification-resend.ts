import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendCustomerNotificationWorkflowInput } from "../send-customer-notification"
import { customerNotificationStep } from "../../utils/module-step"

export const getNotificationResendStepId = "get-notification-resend"

/**
 * Turns a logged attempt into a new send of the same notification: same
 * event, entity, customer, template and data, under a new key suffix
 * (`resend-…`) so it is not skipped as already delivered.
 *
 * @example
 * const message = getNotificationResendStep({ attempt_id: "natt_123" })
 */
export const getNotificationResendStep = customerNotificationStep(
  getNotificationResendStepId,
  async ({ attempt_id }: { attempt_id: string }, service) => {
    const [attempt] = await service.listNotificationAttempts(
      { id: attempt_id },
      { take: 1 }
    )
    if (!attempt) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Notification attempt with id "${attempt_id}" was not found`
      )
    }
    if (!attempt.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Notification attempt "${attempt_id}" has no customer to send to`
      )
    }
    return new StepResponse<SendCustomerNotificationWorkflowInput>({
      event: attempt.event,
      entity_type: attempt.entity_type,
      entity_id: attempt.entity_id,
      customer_id: attempt.customer_id,
      template: attempt.template,
      data: (attempt.data ?? {}) as Record<string, unknown>,
      transactional: attempt.transactional,
      idempotency_suffix: `resend-${Date.now().toString(36)}`,
    })
  }
)
