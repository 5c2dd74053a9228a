import { z } from "@medusajs/framework/zod"
import { idString } from "./validators"

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
