import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  InspectedItem,
  ReturnItemsReceivedData,
} from "../../../emails/return-items-received"
import { emailItemOf, loadReturnRmaNumber } from "../loaders"
import type { SendCustomerNotificationWorkflowInput } from "../send-customer-notification"

export type ReturnReceivedEventData = {
  order_id: string
  return_id: string
}

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
export const buildReturnReceivedNotificationStep = createStep(
  buildReturnReceivedNotificationStepId,
  async (
    { event, data }: { event: string; data: ReturnReceivedEventData },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const {
      data: [orderReturn],
    } = await query.graph({
      entity: "return",
      fields: [
        "id",
        "display_id",
        "no_notification",
        "order.id",
        "order.display_id",
        "order.customer_id",
        "items.quantity",
        "items.received_quantity",
        "items.damaged_quantity",
        "items.note",
        "items.item.title",
        "items.item.variant_title",
        "items.item.variant_sku",
      ],
      filters: { id: data.return_id },
    })
    if (!orderReturn) {
      return new StepResponse<SendCustomerNotificationWorkflowInput | null>(
        null
      )
    }
    if (orderReturn.no_notification) {
      logger.info(
        `medusa-plugin-rms: return ${orderReturn.id} is marked no_notification, no email`
      )
      return new StepResponse<SendCustomerNotificationWorkflowInput | null>(
        null
      )
    }
    const customerId = orderReturn.order?.customer_id
    if (!customerId) {
      logger.info(
        `medusa-plugin-rms: return ${orderReturn.id} belongs to a guest order, no notification`
      )
      return new StepResponse<SendCustomerNotificationWorkflowInput | null>(
        null
      )
    }

    const orderNumber = orderReturn.order?.display_id
    const templateData: Omit<ReturnItemsReceivedData, "store"> & {
      order_display_id: number | null
    } = {
      rma_number: await loadReturnRmaNumber(query, orderReturn, orderNumber),
      order_display_id: orderNumber ?? null,
      items: (orderReturn.items ?? [])
        .filter((item): item is NonNullable<typeof item> => !!item)
        .map(inspected),
    }

    return new StepResponse<SendCustomerNotificationWorkflowInput | null>({
      event,
      entity_type: "return",
      entity_id: orderReturn.id,
      customer_id: customerId,
      template: "return-items-received",
      data: templateData,
      transactional: true,
    })
  }
)
