import type { LoyaltyOrderFactInput } from "../../../modules/loyalty-program/types"

/** The order fields `orderFactOf` reads, for a workflow's Query step. */
export const ORDER_FACT_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "created_at",
  "status",
  "canceled_at",
  "item_total",
  "item_tax_total",
]

type OrderForFact = {
  id: string
  customer_id?: string | null
  currency_code?: string | null
  created_at: Date | string
  status?: string | null
  canceled_at?: Date | string | null
  item_total?: unknown
  item_tax_total?: unknown
}

/**
 * The order as its loyalty fact records it; null for a guest order. The
 * amount is the accrual's base (items after discounts, without tax); the
 * fact keeps the first one written, so a later event's shrunk totals (after
 * a return) do not replace it.
 */
export const orderFactOf = (
  order: OrderForFact,
  tierId: string | null = null
): LoyaltyOrderFactInput | null => {
  if (!order.customer_id) {
    return null
  }
  return {
    order_id: order.id,
    customer_id: order.customer_id,
    currency_code: order.currency_code ?? null,
    amount: Number(order.item_total ?? 0) - Number(order.item_tax_total ?? 0),
    tier_id: tierId,
    placed_at: order.created_at,
    canceled_at:
      order.status === "canceled"
        ? (order.canceled_at ?? new Date().toISOString())
        : null,
  }
}
