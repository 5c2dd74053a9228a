import type {
  StorePredictedOutcome,
  StoreRefundEstimate,
} from "./store-returns"

/**
 * `POST /store/return-requests/preview`: what sending the request would do.
 * `outcome` as in the eligibility's `predicted_outcome`; `reasons`: every
 * failing rule (why it is reviewed or refused), empty when approved at once.
 */
export type StoreReturnRequestPreview = {
  outcome: StorePredictedOutcome
  reasons: string[]
  /** Per requested line: whether it can come back, and why not. */
  items: { line_item_id: string; eligible: boolean; reasons: string[] }[]
  /** For the eligible lines, with the bonus when refunded in store credit. */
  refund: StoreRefundEstimate
  free_return_shipping: boolean
  /** When the lines are exchanged: the plan, or why it is refused. */
  exchange?: StoreExchangePreview
  /** Per line: the other variants of its product in stock, with prices. */
  exchange_options?: Record<string, StoreExchangeOption[]>
}

/** A variant a line can be exchanged for (unit price before tax). */
export type StoreExchangeOption = {
  variant_id: string
  title: string
  unit_price: number
  available: number | null
}

/**
 * A variant a line can be exchanged for: `unit_price` before tax,
 * `unit_total` with the returned line's tax rate (what an exchange prices
 * the new unit at); `available` null when stock is not managed.
 */
export type StoreEligibilityExchangeOption = StoreExchangeOption & {
  unit_total: number
}

/**
 * An exchange as previewed: each line's credit (what the returned units
 * were paid), the new item's price and the difference; `difference` > 0 is
 * paid by the customer, < 0 is refunded.
 */
export type StoreExchangePreview = {
  allowed: boolean
  reasons: string[]
  auto_approve: boolean
  currency_code: string
  lines: {
    line_item_id: string
    quantity: number
    variant_id: string
    mode: "same_product" | "any"
    title: string
    variant_title: string
    product_title: string
    credit: number
    new_total: number
    difference: number
  }[]
  credit_total: number
  new_total: number
  difference: number
  instant: boolean
  return_days: number | null
}

export type StoreReturnRequestPreviewResponse = {
  preview: StoreReturnRequestPreview
}

/** `POST /store/return-requests/:id/evidence`: the file as recorded. */
export type StoreReturnRequestEvidenceResponse = {
  evidence: {
    filename: string
    mime_type: string
    size: number
    description: string | null
    uploaded_at: string
  }
}
