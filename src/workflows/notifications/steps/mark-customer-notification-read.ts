import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"

export type MarkCustomerNotificationReadStepInput = {
  id: string
  /** The signed-in customer: someone else's message is "not found". */
  customer_id: string
}

export const markCustomerNotificationReadStepId =
  "mark-customer-notification-read"

/**
 * Marks a feed message as read, only for its owner (anyone else gets
 * NOT_FOUND, so ids cannot be probed). Already read: unchanged.
 * Compensation marks it unread again.
 *
 * @example
 * markCustomerNotificationReadStep({ id: "cnot_123", customer_id: "cus_123" })
 */
export const markCustomerNotificationReadStep = createStep(
  markCustomerNotificationReadStepId,
  async (input: MarkCustomerNotificationReadStepInput, { container }) => {
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    const [notification] = await service.listCustomerNotifications(
      { id: input.id, customer_id: input.customer_id },
      { select: ["id", "read_at"], take: 1 }
    )
    if (!notification) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Notification with id "${input.id}" was not found`
      )
    }
    if (notification.read_at) {
      return new StepResponse<{ id: string }, string | null>(
        { id: notification.id },
        null
      )
    }
    await service.updateCustomerNotifications({
      id: notification.id,
      read_at: new Date(),
    })
    return new StepResponse<{ id: string }, string | null>(
      { id: notification.id },
      notification.id
    )
  },
  async (id: string | null | undefined, { container }) => {
    if (!id) {
      return
    }
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    await service.updateCustomerNotifications({ id, read_at: null })
  }
)
