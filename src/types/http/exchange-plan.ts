/**
 * The exchange plan as the server keeps it in a request's
 * `metadata.exchange` and answers it: pure types, shared by the workflows
 * (src/workflows/exchanges/plan.ts) and the HTTP contracts.
 */

/** How a customer picks the replacement of a line. */
export type ExchangeMode = "same_product" | "any"

/** A returned line the customer wants exchanged, as the store API takes it. */
export type ExchangeLineRequest = {
  line_item_id: string
  quantity: number
  variant_id: string
  mode: ExchangeMode
}

/** One line of an exchange, with its credit and what the new item costs. */
export type PlannedExchangeLine = ExchangeLineRequest & {
  title: string
  variant_title: string
  product_title: string
  /** What the returned units were paid, tax included. */
  credit: number
  /** The new units at today's price with the line's tax rate. */
  new_total: number
  /** new_total - credit: positive is owed by the customer. */
  difference: number
  /** The difference before tax (loyalty points count net value). */
  net_difference: number
}

export type ExchangePlan = {
  currency_code: string
  lines: PlannedExchangeLine[]
  credit_total: number
  new_total: number
  /** Positive: the customer pays it; negative: the surplus is refunded. */
  difference: number
  net_difference: number
  instant: boolean
  /** Days the old item has to be back after an instant exchange. */
  return_days: number | null
}
