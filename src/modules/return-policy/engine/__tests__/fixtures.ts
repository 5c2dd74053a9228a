import type {
  EvaluateReturnInput,
  OrderLineSnapshot,
  OrderSnapshot,
  ReasonCodeSnapshot,
  ReturnPolicySnapshot,
} from "../types"

/** A factory of `T`: fresh defaults, with a test's overrides on top. */
const fixture =
  <T>(defaults: () => T) =>
  (overrides: Partial<T> = {}): T => ({ ...defaults(), ...overrides })

/** Nine days after delivery: the 30-day window ends on 2026-10-01. */
export const NOW = new Date("2026-09-10T12:00:00.000Z")

export const makePolicy = fixture<ReturnPolicySnapshot>(() => ({
  id: "rpol_vip",
  version: 3,
  tier_id: "tier_gold",
  return_window_days: 30,
  auto_approve_max_amount: 200,
  free_return_shipping: true,
  restocking_fee_percent: 0,
  store_credit_bonus_percent: 0,
  max_returns_per_period: null,
  period_days: 30,
  return_rate_ceiling: null,
  excluded_product_tags: ["final-sale"],
  excluded_category_ids: ["pcat_clearance"],
}))

export const makeLine = fixture<OrderLineSnapshot>(() => ({
  id: "li_sweater",
  title: "Merino sweater",
  product_tags: ["knitwear"],
  category_ids: ["pcat_tops"],
  quantity: 1,
  returnable_quantity: 1,
  // Tax-exclusive price: 100.00 + 20% tax.
  unit_price: 100,
  subtotal: 100,
  discount_total: 0,
  tax_total: 20,
  total: 120,
  is_tax_inclusive: false,
}))

export const SWEATER = makeLine()

/** Three for 10.00, tax included. */
export const SOCKS = makeLine({
  id: "li_socks",
  title: "Wool socks",
  product_tags: ["accessories"],
  quantity: 3,
  returnable_quantity: 3,
  unit_price: 3.3333,
  subtotal: 10,
  tax_total: 1.67,
  total: 10,
  is_tax_inclusive: true,
})

/** A free gift. */
export const GIFT = makeLine({
  id: "li_gift",
  title: "Gift tote",
  product_tags: ["gift"],
  unit_price: 0,
  subtotal: 0,
  tax_total: 0,
  total: 0,
})

/** 2 × 50.00 with 20.00 off the line, then 20% tax: 96.00 paid. */
export const SCARF = makeLine({
  id: "li_scarf",
  title: "Silk scarf",
  product_tags: ["accessories"],
  quantity: 2,
  returnable_quantity: 2,
  unit_price: 50,
  subtotal: 100,
  discount_total: 20,
  tax_total: 16,
  total: 96,
})

export const TEE = makeLine({
  id: "li_tee",
  title: "Linen tee",
  product_tags: ["summer", "Final-Sale"],
  unit_price: 20,
  subtotal: 20,
  tax_total: 4,
  total: 24,
})

export const BOOTS = makeLine({
  id: "li_boots",
  title: "Rain boots",
  product_tags: ["shoes"],
  category_ids: ["pcat_shoes", "pcat_clearance"],
  unit_price: 60,
  subtotal: 60,
  tax_total: 12,
  total: 72,
})

export const makeOrder = fixture<OrderSnapshot>(() => ({
  id: "order_1",
  currency_code: "eur",
  created_at: new Date("2026-08-28T10:00:00.000Z"),
  delivered_at: new Date("2026-09-01T15:00:00.000Z"),
  canceled: false,
  lines: [SWEATER, SOCKS, GIFT, SCARF, TEE, BOOTS],
}))

export const makeReason = fixture<ReasonCodeSnapshot>(() => ({
  code: "changed_mind",
  label: "Changed my mind",
  requires_review: false,
  requires_evidence: false,
  restocking_fee_percent_override: null,
  active: true,
}))

export const REASON_CODES: ReasonCodeSnapshot[] = [
  makeReason(),
  makeReason({
    code: "wrong_size",
    label: "Wrong size",
    restocking_fee_percent_override: 5,
  }),
  makeReason({
    code: "arrived_damaged",
    label: "Arrived damaged",
    requires_review: true,
    requires_evidence: true,
    restocking_fee_percent_override: 0,
  }),
  makeReason({ code: "legacy", label: "Old reason", active: false }),
]

export const makeInput = fixture<EvaluateReturnInput>(() => ({
  policy: makePolicy(),
  tier: { id: "tier_gold", name: "Gold", rank: 2 },
  order: makeOrder(),
  items: [
    { line_item_id: "li_sweater", quantity: 1, reason_code: "changed_mind" },
  ],
  reason_codes: REASON_CODES,
  history: { returns_in_period: 0, items_ordered: 10, items_returned: 0 },
  return_shipping: { amount: 7.5 },
  refund_method: "original_payment",
  now: NOW,
}))
