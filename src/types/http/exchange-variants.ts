/**
 * A variant of any product a line can be exchanged for ("exchange for
 * something else", `exchange.mode: "any"`): published in the order's sales
 * channel, in stock there, priced for the order's region. `unit_price` is
 * before tax, `unit_total` with the returned line's tax rate (what the
 * exchange charges for one unit), never more than the line's credit;
 * `available` is null when stock is not managed.
 */
export type AnyExchangeOption = {
  variant_id: string
  /** The variant's own title, e.g. "M". */
  title: string
  product_id: string
  product_title: string
  thumbnail: string | null
  unit_price: number
  unit_total: number
  available: number | null
}

/**
 * `GET /store/orders/:id/line-items/:line_item_id/exchange-variants` and
 * `GET /admin/return-requests/exchange-variants`: one page of what a line
 * can be exchanged for, by product title then variant. `credit` is what one
 * returned unit was paid (tax included), the most a unit may cost.
 * `has_more`: a next page exists (no total: counting it would price the
 * whole catalogue).
 */
export type ExchangeVariantsResponse = {
  exchange_variants: AnyExchangeOption[]
  currency_code: string
  credit: number
  offset: number
  limit: number
  has_more: boolean
}

export type StoreExchangeVariantsResponse = ExchangeVariantsResponse
export type AdminExchangeVariantsResponse = ExchangeVariantsResponse
