import type { ReasonCodeSnapshot, ReturnPolicySnapshot } from "../engine/types"

/** Money columns come back as numbers, numeric strings or BigNumbers. */
type Numeric = number | string | { valueOf(): number | string }

const toNumber = (value: Numeric): number => Number(value.valueOf())

const toNullableNumber = (value: Numeric | null | undefined): number | null =>
  value === null || value === undefined ? null : toNumber(value)

/** The columns of a `return_policy` row the engine reads. */
export type ReturnPolicyRow = {
  id: string
  version: number
  tier_id: string | null
  return_window_days: number
  auto_approve_max_amount: Numeric | null
  free_return_shipping: boolean
  restocking_fee_percent: Numeric
  store_credit_bonus_percent: Numeric
  max_returns_per_period: number | null
  period_days: number
  return_rate_ceiling: Numeric | null
  excluded_product_tags: string[] | null
  excluded_category_ids: string[] | null
}

/** The columns of a `return_reason_code` row the engine reads. */
export type ReturnReasonCodeRow = {
  code: string
  label: string
  requires_review: boolean
  requires_evidence: boolean
  restocking_fee_percent_override: Numeric | null
  active: boolean
}

/**
 * A `return_policy` row as the engine's `ReturnPolicySnapshot`: plain
 * numbers (money columns are BigNumbers on the row) and arrays.
 *
 * @example
 * const row = await service.retrieveReturnPolicy(id)
 * const evaluation = evaluateReturn({ policy: toPolicySnapshot(row), ... })
 */
export const toPolicySnapshot = (
  policy: ReturnPolicyRow
): ReturnPolicySnapshot => ({
  id: policy.id,
  version: Number(policy.version),
  tier_id: policy.tier_id ?? null,
  return_window_days: Number(policy.return_window_days),
  auto_approve_max_amount: toNullableNumber(policy.auto_approve_max_amount),
  free_return_shipping: !!policy.free_return_shipping,
  restocking_fee_percent: toNumber(policy.restocking_fee_percent ?? 0),
  store_credit_bonus_percent: toNumber(policy.store_credit_bonus_percent ?? 0),
  max_returns_per_period: toNullableNumber(policy.max_returns_per_period),
  period_days: Number(policy.period_days),
  return_rate_ceiling: toNullableNumber(policy.return_rate_ceiling),
  excluded_product_tags: [...(policy.excluded_product_tags ?? [])],
  excluded_category_ids: [...(policy.excluded_category_ids ?? [])],
})

/** A `return_reason_code` row as the engine's `ReasonCodeSnapshot`. */
export const toReasonSnapshot = (
  reason: ReturnReasonCodeRow
): ReasonCodeSnapshot => ({
  code: reason.code,
  label: reason.label,
  requires_review: !!reason.requires_review,
  requires_evidence: !!reason.requires_evidence,
  restocking_fee_percent_override: toNullableNumber(
    reason.restocking_fee_percent_override
  ),
  active: !!reason.active,
})
