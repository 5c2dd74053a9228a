import type {
  InspectedItem,
  ReturnItemsReceivedData,
} from "../../../emails/return-items-received"
import type { ReturnRequestedEventData } from "./build-native-return-notification"
import { createBuildNotificationStep } from "../create-build-notification-step"
import { orderRelatedPage } from "../../utils/order-related"
import {
  emailItemOf,
  loadReturnForEmail,
  loadReturnRmaNumber,
} from "../loaders"

/** `data` of Medusa's `order.return_received`: the same as `order.return_requested`. */
export type ReturnReceivedEventData = ReturnRequestedEventData

export const buildReturnReceivedNotificationStepId =
  "build-return-received-notification"

const inspected = (item: {
  quantity: unknown
  received_quantity?: unknown
  damaged_quantity?: unknown
  note?: string | null
  item?: {
    title?: string | null
    variant_title?: string | null
    variant_sku?: string | null
  } | null
}): InspectedItem => {
  const quantity = Number(item.quantity)
  const accepted = Math.min(Number(item.received_quantity ?? 0), quantity)
  const damaged = Number(item.damaged_quantity ?? 0)
  return {
    ...emailItemOf(item.item),
    quantity,
    result:
      accepted >= quantity ? "accepted" : accepted > 0 ? "partial" : "rejected",
    accepted_quantity: accepted,
    note: damaged > 0 ? `${damaged} received damaged` : null,
  }
}

/**
 * Builds the `return-items-received` email from the native return: the
 * return request's RMA (Medusa's return number for a return made without
 * one), the order's number, and each returned line with its title and how many of the
 * quantity were received. Null (logged) for a guest order without a
 * customer, a return marked `no_notification`, or a return that is gone.
 *
 * @example
 * const message = buildReturnReceivedNotificationStep({ event, data })
 */
export const buildReturnReceivedNotificationStep = createBuildNotificationStep(
  buildReturnReceivedNotificationStepId,
  {
    entity_type: "return",
    template: "return-items-received",
    transactional: true,
  },
  async (data: ReturnReceivedEventData, { query, skip }) => {
    const orderReturn = await loadReturnForEmail<{
      received_quantity: number | null
      damaged_quantity: number | null
      note: string | null
    }>(
      query,
      data.return_id,
      ["items.received_quantity", "items.damaged_quantity", "items.note"],
      skip
    )
    if (!orderReturn) {
      return null
    }
    // An exchange's return has its own email (`exchange-received`): this
    // one promises a refund.
    const { data: exchanges } = await query.graph({
      entity: "order_exchange",
      fields: ["id"],
      filters: { return_id: orderReturn.id },
      pagination: orderRelatedPage(1),
    })
    if (exchanges.length) {
      return skip(`return ${orderReturn.id} belongs to an exchange`)
    }

    const orderNumber = orderReturn.order?.display_id
    const templateData: Omit<ReturnItemsReceivedData, "store"> & {
      order_display_id: number | null
    } = {
      rma_number: await loadReturnRmaNumber(query, orderReturn, orderNumber),
      order_display_id: orderNumber ?? null,
      items: orderReturn.items.map(inspected),
    }

    return {
      entity_id: orderReturn.id,
      customer_id: orderReturn.customer_id,
      data: templateData,
    }
  }
)
