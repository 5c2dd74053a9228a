import type { GuestAccessCodeData } from "../../../emails"
import { createBuildNotificationStep } from "../../notifications/create-build-notification-step"

export type GuestAccessCodeNotificationData = {
  /** The code's id: the notification is sent once per code. */
  id: string
  order_id: string
  code: string
  ttl_minutes: number
  locale?: string | null
}

export const buildGuestAccessCodeNotificationStepId =
  "build-guest-access-code-notification"

/**
 * Builds the `guest-access-code` email: the code and the order's number,
 * to the order's email address (not the customer record's: the order is
 * what the guest named). Null when the order is gone.
 *
 * @example
 * const message = buildGuestAccessCodeNotificationStep({ event, data })
 */
export const buildGuestAccessCodeNotificationStep = createBuildNotificationStep(
  buildGuestAccessCodeNotificationStepId,
  {
    entity_type: "guest_access_code",
    template: "guest-access-code",
    transactional: true,
  },
  async (data: GuestAccessCodeNotificationData, { query, skip }) => {
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "customer_id",
        "customer.first_name",
        "shipping_address.first_name",
      ],
      filters: { id: data.order_id },
    })
    if (!order?.email || !order.customer_id) {
      return skip(`order ${data.order_id} has no email or customer`)
    }
    const templateData: Omit<GuestAccessCodeData, "store"> = {
      order_display_id: Number(order.display_id),
      code: data.code,
      expires_in_minutes: data.ttl_minutes,
      locale: data.locale ?? null,
      // A guest checkout's customer has no name: its address has one.
      customer_name:
        order.customer?.first_name ||
        order.shipping_address?.first_name ||
        null,
    }
    return {
      entity_id: data.id,
      customer_id: order.customer_id,
      to: order.email,
      data: templateData,
    }
  }
)
