import { createEventNotifyWorkflow } from "../notifications/create-notify-workflow"
import { createBuildNotificationStep } from "../notifications/create-build-notification-step"
import type {
  ExchangeApprovedData,
  ExchangeReceivedData,
  ExchangeShippedData,
} from "../../emails"
import { exchangeOf, ExchangeEvents, type ExchangeMetadata } from "./shapes"

type Query = Parameters<
  Parameters<typeof createBuildNotificationStep>[2]
>[1]["query"]

/** `data` of `return_request.exchange_*` events. */
export type ExchangeEventData = { id: string; order_id?: string }

/** `data` of Medusa's `shipment.created`: the fulfillment. */
export type ShipmentCreatedEventData = { id: string; no_notification?: boolean }

const loadExchangeRequest = async (query: Query, id: string) => {
  const {
    data: [request],
  } = await query.graph({
    entity: "return_request",
    fields: ["id", "rma_number", "customer_id", "order_id", "metadata"],
    filters: { id },
  })
  const exchange = request ? exchangeOf(request.metadata) : null
  return request && exchange ? { request, exchange } : null
}

const emailLines = (exchange: ExchangeMetadata) =>
  exchange.lines.map((l) => ({
    title: l.title,
    product_title: l.product_title,
    variant_title: l.variant_title,
    quantity: l.quantity,
  }))

/**
 * Builds `exchange-approved` from the request's exchange: the lines, the
 * difference Medusa settled on (to pay, or refunded) and, for an instant
 * exchange, the day the old item is due back.
 *
 * @example
 * buildExchangeApprovedNotificationStep({ event: "return_request.exchange_approved", data: { id } })
 */
export const buildExchangeApprovedNotificationStep =
  createBuildNotificationStep(
    "build-exchange-approved-notification",
    {
      entity_type: "return_request",
      template: "exchange-approved",
      transactional: true,
    },
    async (data: ExchangeEventData, { query, skip }) => {
      const found = await loadExchangeRequest(query, data.id)
      if (!found?.exchange.exchange_id) {
        return skip(`no approved exchange on request ${data.id}`)
      }
      const { request, exchange } = found
      const templateData: Omit<ExchangeApprovedData, "store"> = {
        rma_number: request.rma_number,
        currency_code: exchange.currency_code,
        lines: emailLines(exchange),
        difference: exchange.settled_difference ?? exchange.difference,
        instant: exchange.instant,
        return_by: exchange.return_due_at,
      }
      return {
        entity_id: request.id,
        customer_id: request.customer_id,
        data: templateData,
      }
    }
  )

/**
 * Builds `exchange-received` when the old item of an exchange is back:
 * whether the new item already left (instant) or ships now.
 *
 * @example
 * buildExchangeReceivedNotificationStep({ event: "return_request.exchange_received", data: { id } })
 */
export const buildExchangeReceivedNotificationStep =
  createBuildNotificationStep(
    "build-exchange-received-notification",
    {
      entity_type: "return_request",
      template: "exchange-received",
      transactional: true,
    },
    async (
      data: ExchangeEventData & { shipped_now?: boolean },
      { query, skip }
    ) => {
      const found = await loadExchangeRequest(query, data.id)
      if (!found) {
        return skip(`no exchange on request ${data.id}`)
      }
      const templateData: Omit<ExchangeReceivedData, "store"> = {
        rma_number: found.request.rma_number,
        lines: emailLines(found.exchange),
        shipped: !data.shipped_now,
      }
      return {
        entity_id: found.request.id,
        customer_id: found.request.customer_id,
        data: templateData,
      }
    }
  )

/**
 * Builds `exchange-shipped` from Medusa's `shipment.created` when the
 * shipped fulfillment carries an exchange's new items, with the tracking
 * numbers of its labels. Any other shipment: nothing to send.
 *
 * @example
 * buildExchangeShippedNotificationStep({ event: "shipment.created", data: { id: "ful_1" } })
 */
export const buildExchangeShippedNotificationStep = createBuildNotificationStep(
  "build-exchange-shipped-notification",
  {
    entity_type: "fulfillment",
    template: "exchange-shipped",
    transactional: true,
  },
  async (data: ShipmentCreatedEventData, { query, skip }) => {
    if (data.no_notification) {
      return skip(`shipment ${data.id} is marked no_notification`)
    }
    const {
      data: [fulfillment],
    } = await query.graph({
      entity: "fulfillment",
      fields: [
        "id",
        "items.line_item_id",
        "labels.tracking_number",
        "labels.tracking_url",
        "order.id",
      ],
      filters: { id: data.id },
    })
    const orderId = (fulfillment as { order?: { id: string } | null })?.order
      ?.id
    if (!orderId) {
      return null
    }
    const { data: requests } = await query.graph({
      entity: "return_request",
      fields: ["id", "rma_number", "customer_id", "metadata"],
      filters: { order_id: orderId },
    })
    const shippedItems = new Set(
      (fulfillment.items ?? []).map((i) => i!.line_item_id)
    )
    const request = requests.find((r) =>
      exchangeOf(r.metadata)?.new_item_ids.some((id) => shippedItems.has(id))
    )
    if (!request) {
      return null
    }
    const templateData: Omit<ExchangeShippedData, "store"> = {
      rma_number: request.rma_number,
      lines: emailLines(exchangeOf(request.metadata)!),
      tracking: (fulfillment.labels ?? [])
        .filter((l) => !!l?.tracking_number)
        .map((l) => ({
          tracking_number: l!.tracking_number,
          tracking_url: l!.tracking_url ?? null,
        })),
    }
    return {
      entity_id: fulfillment.id,
      customer_id: request.customer_id,
      data: templateData,
    }
  }
)

/** Emails the exchange's approval and price difference (idempotent per request). */
export const notifyExchangeApprovedWorkflow = createEventNotifyWorkflow(
  "notify-exchange-approved",
  ExchangeEvents.APPROVED,
  buildExchangeApprovedNotificationStep
)

/** Emails that the old item of an exchange arrived (idempotent per request). */
export const notifyExchangeReceivedWorkflow = createEventNotifyWorkflow(
  "notify-exchange-received",
  ExchangeEvents.RECEIVED,
  buildExchangeReceivedNotificationStep
)

/** Emails the new item's tracking when it ships (idempotent per shipment). */
export const notifyExchangeShippedWorkflow = createEventNotifyWorkflow(
  "notify-exchange-shipped",
  "shipment.created",
  buildExchangeShippedNotificationStep
)
