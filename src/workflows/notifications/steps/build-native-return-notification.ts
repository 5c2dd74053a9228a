import type { ReturnApprovedData } from "../../../emails"
import {
  createBuildNotificationStep,
  type NotificationEvent,
} from "../create-build-notification-step"
import { emailItemOf, loadReturnShipping } from "../loaders"

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
  async (
    { data }: NotificationEvent<ReturnRequestedEventData>,
    { query, skip }
  ) => {
    const {
      data: [request],
    } = await query.graph({
      entity: "return_request",
      fields: ["id"],
      filters: { return_id: data.return_id },
    })
    if (request) {
      return null
    }

    const {
      data: [found],
    } = await query.graph({
      entity: "return",
      fields: [
        "id",
        "display_id",
        "no_notification",
        "order.display_id",
        "order.customer_id",
        "items.quantity",
        "items.reason.label",
        "items.item.title",
        "items.item.variant_title",
        "items.item.variant_sku",
      ],
      filters: { id: data.return_id },
    })
    const orderReturn = found as unknown as
      | {
          id: string
          display_id: number
          no_notification: boolean | null
          order: { display_id: number; customer_id: string | null } | null
          items:
            | ({
                quantity: number
                reason: { label: string | null } | null
                item: {
                  title: string | null
                  variant_title: string | null
                  variant_sku: string | null
                } | null
              } | null)[]
            | null
        }
      | undefined
    if (!orderReturn || orderReturn.no_notification) {
      return null
    }
    const customerId = orderReturn.order?.customer_id
    if (!customerId) {
      return skip(
        `return ${orderReturn.id} belongs to a guest order, no notification`
      )
    }

    const templateData: Omit<ReturnApprovedData, "store"> = {
      rma_number: `#${orderReturn.order?.display_id}-R${orderReturn.display_id}`,
      items: (orderReturn.items ?? [])
        .filter((i): i is NonNullable<typeof i> => !!i)
        .map((i) => ({
          ...emailItemOf(i.item),
          quantity: Number(i.quantity),
          reason: i.reason?.label ?? null,
        })),
      return_shipping: await loadReturnShipping(query, orderReturn.id),
      send_by: null,
    }

    return {
      entity_id: orderReturn.id,
      customer_id: customerId,
      data: templateData,
    }
  }
)
