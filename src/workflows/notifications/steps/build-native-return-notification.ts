import type { ReturnApprovedData } from "../../../emails"
import { createBuildNotificationStep } from "../create-build-notification-step"
import {
  emailItemOf,
  loadReturnForEmail,
  loadReturnRequestOfReturn,
  loadReturnShipping,
} from "../loaders"

/** `data` of Medusa's `order.return_requested`. */
export type ReturnRequestedEventData = {
  order_id: string
  return_id: string
}

export const buildNativeReturnNotificationStepId =
  "build-native-return-notification"

/**
 * Builds the `return-approved` email for a return created with Medusa's own
 * flows (the admin's return form, the native store route): Medusa's return
 * number, the returned lines, the return shipping method, labels and the
 * stock location's address.
 *
 * Null for a return that belongs to one of the plugin's return requests
 * (`return_request.approved` already tells the customer, with the RMA: no
 * second email for the same milestone), a return marked `no_notification`,
 * a guest order, or a return that is gone.
 *
 * @example
 * const message = buildNativeReturnNotificationStep({ event, data: { order_id, return_id } })
 */
export const buildNativeReturnNotificationStep = createBuildNotificationStep(
  buildNativeReturnNotificationStepId,
  { entity_type: "return", template: "return-approved", transactional: true },
  async (data: ReturnRequestedEventData, { query, skip }) => {
    // The request's own `return_request.approved` email covers it.
    if (await loadReturnRequestOfReturn(query, data.return_id, ["id"])) {
      return null
    }

    const orderReturn = await loadReturnForEmail<{
      reason: { label: string | null } | null
    }>(query, data.return_id, ["items.reason.label"], skip)
    if (!orderReturn) {
      return null
    }

    const templateData: Omit<ReturnApprovedData, "store"> = {
      rma_number: `#${orderReturn.order?.display_id}-R${orderReturn.display_id}`,
      items: orderReturn.items.map((i) => ({
        ...emailItemOf(i.item),
        quantity: Number(i.quantity),
        reason: i.reason?.label ?? null,
      })),
      return_shipping: await loadReturnShipping(query, orderReturn.id),
      send_by: null,
    }

    return {
      entity_id: orderReturn.id,
      customer_id: orderReturn.customer_id,
      data: templateData,
    }
  }
)
