/**
 * A return policy's terms when the merchant sets nothing else: the built-in
 * policy that applies while no policy is configured, the model's column
 * defaults and the starting values of the admin's policy form all read
 * them here. Free of imports so the admin bundle can take it as it is.
 */
export const DEFAULT_POLICY_TERMS = {
  return_window_days: 30,
  // null: never auto-approve, a person looks at every request.
  auto_approve_max_amount: null as number | null,
  free_return_shipping: false,
  restocking_fee_percent: 0,
  store_credit_bonus_percent: 0,
  max_returns_per_period: null as number | null,
  period_days: 365,
  return_rate_ceiling: null as number | null,
  excluded_product_tags: [] as readonly string[],
  excluded_category_ids: [] as readonly string[],
  // Exchanges are opt-in per tier: a refund is the default remedy.
  exchanges_allowed: false,
  exchange_auto_approve: false,
  // Ship the new item before the old one arrives: for trusted tiers only.
  instant_exchange: false,
  instant_exchange_return_days: 14,
}

/**
 * Terms copied from one policy version to the next; the admin's policy form
 * edits the same ones.
 */
export const POLICY_TERMS = [
  "tier_id",
  "name",
  "return_window_days",
  "auto_approve_max_amount",
  "free_return_shipping",
  "restocking_fee_percent",
  "store_credit_bonus_percent",
  "max_returns_per_period",
  "period_days",
  "return_rate_ceiling",
  "excluded_product_tags",
  "excluded_category_ids",
  "exchanges_allowed",
  "exchange_auto_approve",
  "instant_exchange",
  "instant_exchange_return_days",
] as const
