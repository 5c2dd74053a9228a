import type { EmailItem, ReturnTrackingData } from "../../../emails"
import {
  createBuildNotificationStep,
  type NotificationEvent,
} from "../create-build-notification-step"
import { emailItemOf } from "../loaders"
import { customerLinkBases, customerPageUrl } from "../utils"

/** The tracking milestones of a return parcel a customer is emailed about. */
export type ReturnShipmentMilestone = "in_transit" | "delivered"

/** `data` of the `return_shipment.*` events. */
export type ReturnShipmentEventData = {
  /** The return shipment's id. */
  id: string
}

export const returnShipmentMilestoneTemplates = {
  in_transit: "return-in-transit",
  delivered: "return-delivered",
} as const satisfies Record<ReturnShipmentMilestone, string>

export const buildReturnShipmentNotificationStepId =
  "build-return-shipment-notification"

type Line = {
  id: string
  title: string | null
  variant_title: string | null
  variant_sku: string | null
}

/**
 * Builds the tracking email of a return parcel: the request's RMA, the
 * carrier and tracking number (with the tracking page for `in_transit`),
 * the items, and a link to the customer's return page. Filed under the
 * return request. Null when the shipment or its request is gone.
 *
 * @example
 * const message = buildReturnShipmentNotificationStep({
 *   event: "return_shipment.in_transit",
 *   milestone: "in_transit",
 *   data: { id: "rship_123" },
 * })
 */
export const buildReturnShipmentNotificationStep = createBuildNotificationStep<
  ReturnShipmentEventData,
  NotificationEvent<ReturnShipmentEventData> & {
    milestone: ReturnShipmentMilestone
  }
>(
  buildReturnShipmentNotificationStepId,
  { entity_type: "return_request", transactional: true },
  async (data, { input: { milestone }, container, query, settings, skip }) => {
    const {
      data: [shipment],
    } = await query.graph({
      entity: "return_shipment",
      fields: [
        "id",
        "carrier",
        "tracking_number",
        "tracking_url",
        "return_request.id",
        "return_request.rma_number",
        "return_request.order_id",
        "return_request.customer_id",
        "return_request.items.line_item_id",
        "return_request.items.quantity",
      ],
      filters: { id: data.id },
    })
    const request = shipment?.return_request
    if (!shipment || !request || !shipment.tracking_number) {
      return skip(`return shipment ${data.id} has no return request to email`)
    }
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "items.id",
        "items.title",
        "items.variant_title",
        "items.variant_sku",
      ],
      filters: { id: request.order_id },
    })
    const lineOf = new Map(
      ((order?.items ?? []) as unknown as (Line | null)[])
        .filter((i): i is Line => !!i)
        .map((i) => [i.id, i])
    )
    const items: EmailItem[] = (request.items ?? [])
      .filter((i): i is NonNullable<typeof i> => !!i)
      .map((item) => ({
        ...emailItemOf(lineOf.get(item.line_item_id)),
        quantity: Number(item.quantity),
      }))
    const links = await customerLinkBases(
      container,
      (await settings()).storefront_url
    )
    return {
      entity_id: request.id,
      customer_id: request.customer_id ?? order?.customer_id ?? null,
      template: returnShipmentMilestoneTemplates[milestone],
      data: {
        rma_number: request.rma_number,
        carrier: shipment.carrier,
        tracking_number: shipment.tracking_number,
        tracking_url: milestone === "in_transit" ? shipment.tracking_url : null,
        items,
        return_url: customerPageUrl(links, {
          page: "return_request",
          id: request.id,
        }),
      } satisfies Omit<ReturnTrackingData, "store">,
    }
  }
)
