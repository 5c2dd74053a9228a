import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>
type Data = Record<string, unknown>

/** What an event becomes: the entity deliveries are ordered by, and `data`. */
export type WebhookEventData = { entity_id: string; data: Data } | null

const pick = (source: Data, keys: string[]): Data =>
  Object.fromEntries(keys.filter((k) => k in source).map((k) => [k, source[k]]))

const one = async (
  query: Query,
  entity: string,
  id: unknown,
  fields: string[]
): Promise<Data | null> => {
  if (typeof id !== "string" || !id) {
    return null
  }
  const { data } = await query.graph({ entity, fields, filters: { id } })
  return (data?.[0] as Data | undefined) ?? null
}

const RETURN_REQUEST_FIELDS = [
  "id",
  "rma_number",
  "order_id",
  "customer_id",
  "status",
  "channel",
  "refund_method",
  "refund_estimate",
  "return_id",
  "tier_name",
  "decided_at",
  "created_at",
  "items.id",
  "items.line_item_id",
  "items.quantity",
  "items.reason_code",
  "items.condition",
  "items.refund_amount",
  "items.restocking_fee",
]

// Never `resolution_note`, `metadata` or messages: staff write internal
// context there that the receiver must not get.
const DISPUTE_FIELDS = [
  "id",
  "number",
  "order_id",
  "return_request_id",
  "customer_id",
  "currency_code",
  "reason_category",
  "status",
  "priority",
  "assignee_id",
  "sla_due_at",
  "first_response_at",
  "resolution_kind",
  "resolution_amount",
  "resolved_at",
  "rating",
  "rated_at",
  "created_at",
]

const CUSTOMER_FIELDS = ["id", "email", "first_name", "last_name"]

/**
 * The `data` of each event type, built from the plugin's records rather
 * than passed through, so a payload holds only what the catalogue promises:
 * no internal dispute notes (an internal message sends nothing), no reward
 * or store-credit codes, and the customer's name and email only in
 * `dispute.opened` and `customer_notification.failed`. Null sends nothing
 * (the record is gone, or the event is internal).
 */
export const buildWebhookEventData = async (
  query: Query,
  type: string,
  event: Data
): Promise<WebhookEventData> => {
  const [domain] = type.split(".")

  if (domain === "return_request") {
    const request = await one(
      query,
      "return_request",
      event.id,
      RETURN_REQUEST_FIELDS
    )
    if (!request) {
      return null
    }
    const extra =
      type === "return_request.store_credit_issued"
        ? { store_credit: pick(event, ["kind", "amount", "currency_code"]) }
        : type === "return_request.refund_pending"
          ? {
              refund: pick(event, ["amount", "currency_code", "refund_method"]),
            }
          : type.startsWith("return_request.exchange_")
            ? {
                exchange: pick(event, [
                  "exchange_id",
                  "difference",
                  "currency_code",
                  "return_id",
                  "shipped_now",
                  "refunded",
                ]),
              }
            : {}
    return {
      entity_id: request.id as string,
      data: { return_request: request, ...extra },
    }
  }

  if (domain === "return_shipment") {
    // Never the label's URL or file: a webhook receiver gets the tracking.
    const shipment = await one(query, "return_shipment", event.id, [
      "id",
      "return_id",
      "carrier",
      "tracking_number",
      "tracking_url",
      "method",
      "pickup_date",
      // customer or admin: the merchant's systems see a pickup customer
      // service booked, as the admin does.
      "method_chosen_by_type",
      "status",
      "in_transit_at",
      "delivered_at",
      "return_request.id",
      "return_request.rma_number",
      "return_request.order_id",
    ])
    if (!shipment) {
      return null
    }
    const { return_request: request, ...rest } = shipment as Data & {
      return_request?: Data | null
    }
    return {
      // Ordered with the request's own events.
      entity_id: String(request?.id ?? shipment.id),
      data: { return_shipment: rest, return_request: request ?? null },
    }
  }

  if (domain === "dispute") {
    if (type === "dispute.message_added" && event.internal) {
      return null
    }
    const fields =
      type === "dispute.opened" ? [...DISPUTE_FIELDS, "claim"] : DISPUTE_FIELDS
    const dispute = await one(query, "dispute", event.id, fields)
    if (!dispute) {
      return null
    }
    const data: Data = { dispute }
    if (type === "dispute.message_added") {
      const message = await one(query, "dispute_message", event.message_id, [
        "id",
        "author_type",
        "body",
        "internal",
        "created_at",
      ])
      if (!message || message.internal) {
        return null
      }
      data.message = pick(message, ["id", "author_type", "body", "created_at"])
    }
    if (type === "dispute.status_changed") {
      data.previous_status = event.previous_status ?? null
    }
    if (type === "dispute.opened") {
      data.customer = await one(
        query,
        "customer",
        dispute.customer_id,
        CUSTOMER_FIELDS
      )
    }
    return { entity_id: dispute.id as string, data }
  }

  if (domain === "loyalty") {
    const customerId = event.customer_id
    if (typeof customerId !== "string") {
      return null
    }
    const keys: Record<string, string[]> = {
      "loyalty.points_earned": [
        "customer_id",
        "order_id",
        "points",
        "status",
        "available_at",
        "expires_at",
      ],
      "loyalty.tier_changed": [
        "id",
        "customer_id",
        "from_tier_id",
        "to_tier_id",
        "reason",
      ],
      "loyalty.reward_redeemed": ["id", "customer_id", "reward_id", "points"],
      "loyalty.points_expiring": ["customer_id", "points", "expires_at"],
    }
    return {
      entity_id: customerId,
      data: pick(event, keys[type] ?? ["customer_id"]),
    }
  }

  if (type === "customer_notification.failed") {
    const customer = await one(
      query,
      "customer",
      event.customer_id,
      CUSTOMER_FIELDS
    )
    return {
      entity_id: String(event.entity_id ?? event.idempotency_key),
      data: {
        notification: pick(event, [
          "event",
          "template",
          "entity_type",
          "entity_id",
          "idempotency_key",
          "fallback",
        ]),
        customer,
      },
    }
  }
  return null
}
