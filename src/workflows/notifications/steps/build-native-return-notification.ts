import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnApprovedData } from "../../../emails"
import type { SendCustomerNotificationWorkflowInput } from "../send-customer-notification"

/** `data` of Medusa's `order.return_requested`. */
export type ReturnRequestedEventData = {
  order_id: string
  return_id: string
}

type Message = SendCustomerNotificationWorkflowInput | null

type Label = {
  tracking_number: string | null
  tracking_url: string | null
  label_url: string | null
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
export const buildNativeReturnNotificationStep = createStep(
  buildNativeReturnNotificationStepId,
  async (
    { event, data }: { event: string; data: ReturnRequestedEventData },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

    const {
      data: [request],
    } = await query.graph({
      entity: "return_request",
      fields: ["id"],
      filters: { return_id: data.return_id },
    })
    if (request) {
      return new StepResponse<Message>(null)
    }

    const {
      data: [found],
    } = await query.graph({
      entity: "return",
      fields: [
        "id",
        "display_id",
        "no_notification",
        "location_id",
        "order.display_id",
        "order.customer_id",
        "shipping_methods.name",
        "fulfillments.location_id",
        "fulfillments.labels.tracking_number",
        "fulfillments.labels.tracking_url",
        "fulfillments.labels.label_url",
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
          location_id: string | null
          order: { display_id: number; customer_id: string | null } | null
          shipping_methods: ({ name: string | null } | null)[] | null
          fulfillments:
            | ({
                location_id: string | null
                labels: (Label | null)[] | null
              } | null)[]
            | null
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
      return new StepResponse<Message>(null)
    }
    const customerId = orderReturn.order?.customer_id
    if (!customerId) {
      logger.info(
        `medusa-plugin-rms: return ${orderReturn.id} belongs to a guest order, no notification`
      )
      return new StepResponse<Message>(null)
    }

    const label =
      (orderReturn.fulfillments ?? [])
        .flatMap((f) => f?.labels ?? [])
        .find((l) => l?.tracking_number || l?.label_url) ?? null
    const locationId =
      orderReturn.location_id ??
      orderReturn.fulfillments?.find((f) => f?.location_id)?.location_id ??
      null
    let address: string | null = null
    if (locationId) {
      const {
        data: [location],
      } = await query.graph({
        entity: "stock_location",
        fields: [
          "name",
          "address.address_1",
          "address.address_2",
          "address.postal_code",
          "address.city",
          "address.country_code",
        ],
        filters: { id: locationId },
      })
      const a = location?.address
      address = a?.address_1
        ? [
            location.name,
            a.address_1,
            a.address_2,
            [a.postal_code, a.city].filter(Boolean).join(" "),
            a.country_code?.toUpperCase(),
          ]
            .filter(Boolean)
            .join(", ")
        : null
    }

    const templateData: Omit<ReturnApprovedData, "store"> = {
      rma_number: `#${orderReturn.order?.display_id}-R${orderReturn.display_id}`,
      items: (orderReturn.items ?? [])
        .filter((i): i is NonNullable<typeof i> => !!i)
        .map((i) => ({
          title: i.item?.title ?? "Item",
          variant_title: i.item?.variant_title ?? null,
          sku: i.item?.variant_sku ?? null,
          quantity: Number(i.quantity),
          reason: i.reason?.label ?? null,
        })),
      return_shipping: {
        method:
          orderReturn.shipping_methods?.find((m) => m?.name)?.name ?? null,
        carrier: null,
        label_url: label?.label_url ?? null,
        tracking_number: label?.tracking_number ?? null,
        tracking_url: label?.tracking_url ?? null,
        address,
      },
      send_by: null,
    }

    return new StepResponse<Message>({
      event,
      entity_type: "return",
      entity_id: orderReturn.id,
      customer_id: customerId,
      template: "return-approved",
      data: templateData,
      transactional: true,
    })
  }
)
