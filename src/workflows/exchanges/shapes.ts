import type { ExchangePlan } from "./plan"
import type { NativeExchangeResult } from "./create-native-exchange"

export const ExchangeEvents = {
  /** An exchange request approved: the native exchange exists. */
  APPROVED: "return_request.exchange_approved",
  /** The new item of an exchange was shipped (with tracking when known). */
  SHIPPED: "return_request.exchange_shipped",
  /** The old item of an exchange came back. */
  RECEIVED: "return_request.exchange_received",
  /** An instant exchange whose old item is late: flagged for review. */
  OVERDUE: "return_request.exchange_overdue",
} as const

const DAY_MS = 86_400_000

/**
 * What a return request keeps of its exchange (`metadata.exchange`): the
 * plan the customer saw and, once approved, Medusa's exchange with the
 * figures it settled on. An instant exchange gets the date the old item is
 * due back.
 */
export type ExchangeMetadata = ExchangePlan & {
  exchange_id: string | null
  new_item_ids: string[]
  /** The order lines Medusa made for the new items, with quantities. */
  new_items: { id: string; quantity: number }[]
  /** Medusa's figure once the exchange exists; the plan's before. */
  settled_difference: number | null
  payment_collection_id: string | null
  refunded: number
  fulfillment_id: string | null
  return_due_at: string | null
  flagged_at: string | null
  /** The order's delivery option, for an exchange approved after review. */
  outbound_shipping_option_id: string | null
}

/**
 * The request's `metadata.exchange` from the plan and, when approved, the
 * native exchange.
 *
 * @example
 * const meta = exchangeMetadata({ plan }, nativeResult)
 */
export const exchangeMetadata = (
  planned: { plan: ExchangePlan; outbound_shipping_option_id?: string | null },
  native: NativeExchangeResult | null,
  now = new Date()
): ExchangeMetadata => ({
  ...planned.plan,
  exchange_id: native?.exchange_id ?? null,
  new_item_ids: native?.new_items.map((i) => i.id) ?? [],
  new_items: native?.new_items ?? [],
  settled_difference: native ? native.difference : null,
  payment_collection_id: native?.payment_collection_id ?? null,
  refunded: native?.refunded ?? 0,
  fulfillment_id: native?.fulfillment_id ?? null,
  return_due_at:
    native && planned.plan.instant && planned.plan.return_days
      ? new Date(
          now.getTime() + planned.plan.return_days * DAY_MS
        ).toISOString()
      : null,
  flagged_at: null,
  outbound_shipping_option_id: planned.outbound_shipping_option_id ?? null,
})

/** The exchange of a request's metadata, or null for a refund request. */
export const exchangeOf = (metadata: unknown): ExchangeMetadata | null =>
  ((metadata as Record<string, unknown> | null)?.exchange as
    ExchangeMetadata | undefined) ?? null
