/**
 * The subset of a return policy the engine reads. Money amounts are in the
 * order's currency, major units (e.g. 49.99).
 */
export type ReturnPolicySnapshot = {
  id: string
  version: number
  tier_id: string | null
  /** Days after delivery (or the order date when never delivered). */
  return_window_days: number
  /** A refund of at most this can be auto-approved; null never auto-approves. */
  auto_approve_max_amount: number | null
  free_return_shipping: boolean
  /** 0-100, applied to the refundable amount of each item. */
  restocking_fee_percent: number
  /** 0-100, added on top when the refund goes to store credit. */
  store_credit_bonus_percent: number
  /** null means no limit. */
  max_returns_per_period: number | null
  period_days: number
  /** 0..1 share of returned items over ordered items; null means no ceiling. */
  return_rate_ceiling: number | null
  /** Product tags that mark a line final sale. */
  excluded_product_tags: string[]
  /** Product categories that mark a line final sale. */
  excluded_category_ids: string[]
}

export type TierSnapshot = {
  id: string
  name: string
  rank: number
}

export type OrderLineSnapshot = {
  id: string
  title: string
  product_tags: string[]
  category_ids: string[]
  quantity: number
  /**
   * Quantity minus what is already returned or requested for return, and
   * never more than has shipped: Medusa returns only fulfilled units.
   */
  returnable_quantity: number
  /** Units not shipped yet (an order in preparation, an exchange's new item). */
  unshipped_quantity?: number
  unit_price: number
  subtotal: number
  discount_total: number
  tax_total: number
  /** What the customer paid for the whole line, after discounts, incl. tax. */
  total: number
  is_tax_inclusive: boolean
}

export type OrderSnapshot = {
  id: string
  currency_code: string
  created_at: Date
  /** null when not delivered (yet); the window then counts from created_at. */
  delivered_at: Date | null
  canceled: boolean
  lines: OrderLineSnapshot[]
}

export type ItemCondition = "new" | "opened" | "damaged" | "defective"

export type RequestedItem = {
  line_item_id: string
  quantity: number
  reason_code: string
  condition?: ItemCondition
  has_evidence?: boolean
}

export type ReasonCodeSnapshot = {
  code: string
  label: string
  requires_review: boolean
  requires_evidence: boolean
  /** 0-100; replaces the policy's restocking fee when set. */
  restocking_fee_percent_override: number | null
  active: boolean
}

export type ReturnHistory = {
  /** Returns the customer made within the policy's period_days. */
  returns_in_period: number
  items_ordered: number
  items_returned: number
}

export type RefundMethod = "original_payment" | "store_credit"

export type ReturnShipping = {
  /** Price of the chosen return shipping option; 0 when it is free. */
  amount: number
}

export type EvaluateReturnInput = {
  policy: ReturnPolicySnapshot
  tier: TierSnapshot | null
  order: OrderSnapshot
  items: RequestedItem[]
  reason_codes: ReasonCodeSnapshot[]
  history: ReturnHistory
  return_shipping: ReturnShipping
  refund_method: RefundMethod
  /** Injected so evaluations are reproducible. */
  now: Date
}

export type ReturnOutcome = "auto_approve" | "review" | "reject"

export type RuleName =
  | "order_not_canceled"
  | "items_requested"
  | "line_exists"
  | "quantity"
  | "return_window"
  | "final_sale"
  | "reason_code"
  | "evidence"
  | "reason_review"
  | "condition"
  | "max_returns_per_period"
  | "return_rate_ceiling"
  | "auto_approve_amount"

/** What failing the rule does to the outcome. */
export type RuleEffect = "reject" | "review"

export type RuleResult = {
  rule: RuleName
  passed: boolean
  /** Human-readable; for a failing rule it is also listed in the reasons. */
  detail: string
  effect: RuleEffect
  /** The requested item the rule was checked for; null for request rules. */
  line_item_id: string | null
}

export type RefundItem = {
  line_item_id: string
  quantity: number
  unit_price: number
  subtotal: number
  discount_total: number
  tax_total: number
  total: number
  restocking_fee: number
}

export type RefundBreakdown = {
  currency_code: string
  items: RefundItem[]
  items_total: number
  restocking_fee_total: number
  /** The shipping actually deducted: never more than what is left to refund. */
  return_shipping: number
  /** items_total - restocking_fee_total - return_shipping, never below 0. */
  refund_total: number
  store_credit_bonus: number
  /** refund_total + store_credit_bonus. */
  credited_total: number
}

export type EvaluatedItem = {
  line_item_id: string
  /** null when the line is not part of the order. */
  title: string | null
  quantity: number
  /** Passes every reject rule; review rules do not affect eligibility. */
  eligible: boolean
  /** Last day of the return window, YYYY-MM-DD (UTC), inclusive. */
  deadline: string
  /** Whole UTC days from today until the deadline; 0 on and after it. */
  days_left: number
  restocking_fee: number
  /** The item's refund minus its restocking fee; 0 when not eligible. */
  refund_estimate: number
  reasons: string[]
}

export type ReturnEvaluation = {
  outcome: ReturnOutcome
  /** Details of every failing rule, in rule order. */
  reasons: string[]
  /** Every rule checked, passing or not, for the audit trail. */
  rules: RuleResult[]
  items: EvaluatedItem[]
  /** Refund for the eligible items only. */
  refund: RefundBreakdown
  policy: { id: string; version: number }
  tier: { id: string; name: string } | null
  free_return_shipping: boolean
}

export type LineEligibility = {
  /** Units the customer can return now: 0 when the line is not eligible. */
  returnable_quantity: number
  /** Last day of the return window, YYYY-MM-DD (UTC), inclusive. */
  deadline: string
  days_left: number
  eligible: boolean
  /** Why the line cannot be returned; null when eligible. */
  reason: string | null
}

/** One order line as the eligibility endpoints answer it. */
export type ReturnEligibilityLine = Pick<
  OrderLineSnapshot,
  "title" | "quantity"
> &
  LineEligibility & {
    line_item_id: string
    /** For returning every returnable unit, with a reason that needs no review. */
    restocking_fee: number
    refund_estimate: number
    /** Whether such a request would be approved without review right now. */
    would_auto_approve: boolean
    /** That request's outcome: `reject` when the line is not eligible. */
    outcome: ReturnOutcome
    /** Why it would be reviewed or refused; empty when approved at once. */
    outcome_reasons: string[]
    /** That request's refund to the original payment; null when not eligible. */
    refund: RefundBreakdown | null
  }

/** What an order's customer may return, and on which terms. */
export type ReturnEligibility = {
  order_id: string
  currency_code: string
  tier: Pick<TierSnapshot, "id" | "name"> | null
  policy: Pick<
    ReturnPolicySnapshot,
    | "id"
    | "version"
    | "return_window_days"
    | "free_return_shipping"
    | "restocking_fee_percent"
    | "store_credit_bonus_percent"
    | "auto_approve_max_amount"
  > & { name: string }
  return_shipping: { option_id: string | null; amount: number; free: boolean }
  reason_codes: Pick<
    ReasonCodeSnapshot,
    "code" | "label" | "requires_evidence" | "requires_review"
  >[]
  lines: ReturnEligibilityLine[]
}
