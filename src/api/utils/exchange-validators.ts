import { z } from "@medusajs/framework/zod"
import { boundedString, idString, listParams, MAX_LENGTH } from "./validators"

/**
 * A line exchanged instead of refunded: another variant of the same product
 * (any price, the difference is paid or refunded) or any variant up to the
 * line's credit. Shared by the storefront and the CSR form.
 */
export const ExchangeChoice = z.strictObject({
  variant_id: idString("items.exchange.variant_id"),
  mode: z
    .enum(["same_product", "any"], {
      error: "items.exchange.mode must be same_product or any",
    })
    .default("same_product"),
})

/** One request is an exchange or a refund: Medusa's exchange has no refund lines. */
export const allOrNoExchange = (items: { exchange?: unknown }[]) =>
  items.every((i) => !!i.exchange) || items.every((i) => !i.exchange)

export const EXCHANGE_MIX_ERROR =
  "items.exchange: exchange every line or none (send refunds as their own request)"

/** The largest page of an exchange search: each result is priced and its stock read. */
export const MAX_EXCHANGE_SEARCH_PAGE = 50

/**
 * The query of an "exchange for something else" search: `q` (part of a
 * product title) and a small page, in the order the search walks the
 * catalogue (product title, then variant), so `order` is refused. Shared
 * by the store and admin routes.
 */
export const ExchangeSearchParams = listParams({
  limit: 20,
  maxLimit: MAX_EXCHANGE_SEARCH_PAGE,
  sortable: [],
})
  // Every variant is answered whole (no `fields`), live ones only.
  .omit({ fields: true, with_deleted: true })
  .extend({
    q: boundedString("q", MAX_LENGTH.query).trim().optional(),
  })
