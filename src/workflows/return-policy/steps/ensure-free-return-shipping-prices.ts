import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** The pricing context attribute the plugin's hook sets for free return shipping. */
export const FREE_RETURN_SHIPPING_ATTRIBUTE = "rms_free_return_shipping"

export type EnsureFreeReturnShippingPricesStepInput = {
  /** Return shipping options to cover; every return option when omitted. */
  option_ids?: string[]
}

export const ensureFreeReturnShippingPricesStepId =
  "ensure-free-return-shipping-prices"

/**
 * Gives return shipping options a price of 0, per currency they are sold in,
 * that applies only when the pricing context carries
 * `rms_free_return_shipping: "true"` — which the plugin's `setPricingContext`
 * hook sets for customers whose tier policy has free return shipping. Medusa
 * then prices their return at 0 by itself. Idempotent; compensation removes
 * the prices it added.
 *
 * @example
 * ensureFreeReturnShippingPricesStep({ option_ids: ["so_123"] })
 */
export const ensureFreeReturnShippingPricesStep = createStep(
  ensureFreeReturnShippingPricesStepId,
  async (input: EnsureFreeReturnShippingPricesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pricing = container.resolve(Modules.PRICING)
    if (input.option_ids && input.option_ids.length === 0) {
      return new StepResponse([] as string[], [] as string[])
    }
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: [
        "id",
        "rules.attribute",
        "rules.value",
        "prices.id",
        "prices.currency_code",
        "prices.price_set_id",
        "prices.amount",
        "prices.price_rules.attribute",
        "prices.price_rules.value",
      ],
      filters: input.option_ids ? { id: input.option_ids } : {},
    })

    const added: string[] = []
    for (const option of options) {
      const isReturn = (option.rules ?? []).some(
        (r) => r?.attribute === "is_return" && String(r?.value) === "true"
      )
      if (!isReturn) {
        continue
      }
      const prices = (option.prices ?? []).filter(Boolean) as {
        currency_code: string
        price_set_id: string
        price_rules?: { attribute: string; value: string }[] | null
      }[]
      const priceSetId = prices[0]?.price_set_id
      if (!priceSetId) {
        continue
      }
      const covered = new Set(
        prices
          .filter((p) =>
            (p.price_rules ?? []).some(
              (r) => r?.attribute === FREE_RETURN_SHIPPING_ATTRIBUTE
            )
          )
          .map((p) => p.currency_code)
      )
      const missing = [...new Set(prices.map((p) => p.currency_code))].filter(
        (c) => !covered.has(c)
      )
      if (!missing.length) {
        continue
      }
      const before = new Set(prices.map((p: any) => p.id as string))
      const priceSet = await pricing.addPrices({
        priceSetId,
        prices: missing.map((currency_code) => ({
          amount: 0,
          currency_code,
          rules: { [FREE_RETURN_SHIPPING_ATTRIBUTE]: "true" },
        })),
      })
      for (const price of priceSet.prices ?? []) {
        if (!before.has(price.id)) {
          added.push(price.id)
        }
      }
    }
    return new StepResponse(added, added)
  },
  async (added, { container }) => {
    if (!added?.length) {
      return
    }
    const pricing = container.resolve(Modules.PRICING)
    await pricing.removePrices(added)
  }
)
