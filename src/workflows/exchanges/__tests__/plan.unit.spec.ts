import {
  optionsWithinCredit,
  planExchange,
  unitCreditOf,
  type ExchangeTerms,
} from "../plan"

const terms: ExchangeTerms = {
  exchanges_allowed: true,
  exchange_auto_approve: true,
  instant_exchange: false,
  instant_exchange_return_days: 14,
}
// A €89 sweater bought with 20% VAT: €106.80 paid.
const line = {
  id: "line_1",
  title: "Merino Crew Sweater",
  product_id: "prod_merino",
  quantity: 1,
  subtotal: 89,
  tax_total: 17.8,
  total: 106.8,
}
const variant = (
  id: string,
  product_id: string,
  unit_price: number | null,
  available = 5
) => ({
  id,
  title: id.toUpperCase(),
  product_id,
  product_title:
    product_id === "prod_merino" ? "Merino Crew Sweater" : "Jacket",
  unit_price,
  available,
})
const plan = (
  requests: { variant_id: string; mode: "same_product" | "any" }[],
  overrides: Partial<ExchangeTerms> = {}
) =>
  planExchange({
    terms: { ...terms, ...overrides },
    policy_label: "the Gold tier's policy",
    currency_code: "eur",
    lines: [line],
    variants: [
      variant("l", "prod_merino", 99),
      variant("m", "prod_merino", 79),
      variant("xl", "prod_merino", 99, 0),
      variant("jacket", "prod_jacket", 149),
      variant("cap", "prod_cap", 20),
    ],
    requests: requests.map((r) => ({
      ...r,
      line_item_id: "line_1",
      quantity: 1,
    })),
  })

describe("planExchange", () => {
  it("prices a dearer size with the line's tax: €12.00 to pay", () => {
    const { plan: p } = plan([{ variant_id: "l", mode: "same_product" }])
    expect(p).toEqual(
      expect.objectContaining({
        credit_total: 106.8,
        new_total: 118.8,
        difference: 12,
        net_difference: 10,
        instant: false,
        return_days: null,
      })
    )
  })

  it("a cheaper size leaves a surplus of €12.00", () => {
    expect(
      plan([{ variant_id: "m", mode: "same_product" }]).plan?.difference
    ).toEqual(-12)
  })

  it("refuses what the policy, the product, the stock or the credit do not allow", () => {
    expect(
      plan([{ variant_id: "l", mode: "same_product" }], {
        exchanges_allowed: false,
      }).errors
    ).toEqual(["the Gold tier's policy does not allow exchanges"])
    expect(
      plan([{ variant_id: "jacket", mode: "same_product" }]).errors[0]
    ).toContain("another product")
    expect(
      plan([{ variant_id: "xl", mode: "same_product" }]).errors[0]
    ).toContain("out of stock")
    expect(plan([{ variant_id: "jacket", mode: "any" }]).errors[0]).toContain(
      "costs €178.80, more than the €106.80 credit"
    )
    expect(plan([{ variant_id: "cap", mode: "any" }]).plan?.difference).toEqual(
      -82.8
    )
  })

  it("an instant exchange carries the policy's days", () => {
    expect(
      plan([{ variant_id: "m", mode: "same_product" }], {
        instant_exchange: true,
      }).plan
    ).toEqual(expect.objectContaining({ instant: true, return_days: 14 }))
  })
})

describe("optionsWithinCredit", () => {
  // Two sweaters bought for €213.60 with 20% VAT and a €10 discount.
  const bought = {
    id: "line_2",
    quantity: 2,
    subtotal: 188,
    discount_total: 10,
    tax_total: 35.6,
    total: 213.6,
  }
  const option = (variant_id: string, unit_price: number) => ({
    variant_id,
    title: variant_id,
    unit_price,
    available: 3,
  })

  it("prices with the line's tax rate and keeps what one unit's credit covers, as planExchange does for mode any", () => {
    expect(unitCreditOf(bought)).toEqual(106.8)
    expect(
      optionsWithinCredit(
        [option("tee", 25), option("exact", 89), option("dearer", 89.01)],
        bought
      ).map((o) => `${o.variant_id} ${o.unit_total}`)
    ).toEqual(["tee 30", "exact 106.8"])
    // The same limit as the plan: the €106.80 one is accepted.
    const accepted = planExchange({
      terms,
      policy_label: "the Gold tier's policy",
      currency_code: "eur",
      lines: [
        {
          id: "line_2",
          title: "Merino Crew Sweater",
          product_id: "prod_merino",
          quantity: 2,
          subtotal: bought.subtotal - bought.discount_total,
          tax_total: bought.tax_total,
          total: bought.total,
        },
      ],
      variants: [
        {
          id: "exact",
          title: "EXACT",
          product_id: "prod_other",
          product_title: "Other",
          unit_price: 89,
          available: 5,
        },
      ],
      requests: [
        {
          line_item_id: "line_2",
          quantity: 1,
          variant_id: "exact",
          mode: "any",
        },
      ],
    })
    expect(accepted.errors).toEqual([])
  })

  it("has no credit for a line of no units", () => {
    expect(unitCreditOf({ quantity: 0, total: 10 })).toEqual(0)
  })
})
