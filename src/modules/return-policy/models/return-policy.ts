import { model } from "@medusajs/framework/utils"
import {
  above,
  atLeast,
  between,
  nullOrAtLeast,
  nullOrBetween,
} from "../../../utils/checks"
import { DEFAULT_POLICY_TERMS as DEFAULTS } from "../engine/defaults"

/**
 * A return policy for one loyalty tier, or the default policy for customers
 * without a tier (`tier_id` null). Policies are versioned: an edit writes a
 * new row with `version + 1` and the same `policy_group_id` and deactivates
 * the previous row, so decisions keep pointing at the terms they applied.
 */
const ReturnPolicy = model
  .define("return_policy", {
    id: model.id({ prefix: "rpol" }).primaryKey(),
    // null: the default policy for customers without a tier.
    tier_id: model.text().nullable(),
    name: model.text().searchable(),
    return_window_days: model.number(),
    // null: never auto-approve, every request is reviewed.
    auto_approve_max_amount: model.bigNumber().nullable(),
    free_return_shipping: model
      .boolean()
      .default(DEFAULTS.free_return_shipping),
    restocking_fee_percent: model
      .float()
      .default(DEFAULTS.restocking_fee_percent),
    store_credit_bonus_percent: model
      .float()
      .default(DEFAULTS.store_credit_bonus_percent),
    // null: no limit.
    max_returns_per_period: model.number().nullable(),
    period_days: model.number().default(DEFAULTS.period_days),
    // Share of returned over ordered items, 0..1; null: no ceiling.
    return_rate_ceiling: model.float().nullable(),
    excluded_product_tags: model.json<string[]>().default([]),
    excluded_category_ids: model.json<string[]>().default([]),
    // Exchanges (another variant instead of a refund): allowed at all,
    // approved without review, and shipped before the old item arrives
    // ("instant"), which must then be back within the days given.
    exchanges_allowed: model.boolean().default(DEFAULTS.exchanges_allowed),
    exchange_auto_approve: model
      .boolean()
      .default(DEFAULTS.exchange_auto_approve),
    instant_exchange: model.boolean().default(DEFAULTS.instant_exchange),
    instant_exchange_return_days: model
      .number()
      .default(DEFAULTS.instant_exchange_return_days),
    active: model.boolean().default(true),
    version: model.number().default(1),
    // Shared by every version of the same policy: the first version's id.
    policy_group_id: model.text(),
  })
  .indexes([
    {
      name: "IDX_return_policy_tier_id_active_unique",
      on: ["tier_id"],
      unique: true,
      where: "active = true AND tier_id IS NOT NULL AND deleted_at IS NULL",
    },
    {
      // Unique on a column that is constant (true) over the indexed rows:
      // at most one live, active policy without a tier.
      name: "IDX_return_policy_default_active_unique",
      on: ["active"],
      unique: true,
      where: "active = true AND tier_id IS NULL AND deleted_at IS NULL",
    },
    { on: ["policy_group_id", "version"], unique: true },
  ])
  .checks([
    atLeast("return_policy_window_non_negative", "return_window_days"),
    nullOrAtLeast(
      "return_policy_auto_approve_non_negative",
      "auto_approve_max_amount"
    ),
    between(
      "return_policy_restocking_fee_percent_range",
      "restocking_fee_percent",
      0,
      100
    ),
    between(
      "return_policy_store_credit_bonus_percent_range",
      "store_credit_bonus_percent",
      0,
      100
    ),
    nullOrAtLeast(
      "return_policy_max_returns_non_negative",
      "max_returns_per_period"
    ),
    above("return_policy_period_days_positive", "period_days"),
    nullOrBetween(
      "return_policy_return_rate_ceiling_range",
      "return_rate_ceiling",
      0,
      1
    ),
    atLeast("return_policy_version_positive", "version", 1),
    above(
      "return_policy_instant_exchange_days_positive",
      "instant_exchange_return_days"
    ),
  ])

export default ReturnPolicy
