import { z } from "@medusajs/framework/zod"
import {
  booleanParam,
  boundedArray,
  boundedString,
  idFilter,
  idString,
  listParams,
  MAX_LENGTH,
  moneyAmount,
  nonNegativeInt32,
  positiveInt32,
  requiredString,
  retrieveParams,
  searchListParams,
} from "../../utils/validators"

export type AdminGetReturnPoliciesParamsType = z.infer<
  typeof AdminGetReturnPoliciesParams
>
export const AdminGetReturnPoliciesParams = searchListParams({
  limit: 50,
  order: "name",
  sortable: [
    "name",
    "return_window_days",
    "version",
    "created_at",
    "updated_at",
  ],
}).extend({
  tier_id: idFilter("tier_id").optional(),
  // Current versions by default; `false` lists deactivated and old versions.
  active: booleanParam("active").default(true),
})

export const AdminGetReturnPolicyVersionsParams = listParams({
  limit: 50,
  order: "-version",
  sortable: ["version", "created_at"],
})

export const AdminGetReturnPolicyParams = retrieveParams()

const percent = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .min(0, { error: `${field} must be between 0 and 100` })
    .max(100, { error: `${field} must be between 0 and 100` })

const stringList = (field: string) =>
  boundedArray(field, boundedString(field, MAX_LENGTH.name), 1000)

const ReturnPolicyFields = {
  name: requiredString("name", MAX_LENGTH.name),
  // null: the default policy for customers without a tier.
  tier_id: idString("tier_id").nullish(),
  return_window_days: nonNegativeInt32("return_window_days"),
  auto_approve_max_amount: moneyAmount("auto_approve_max_amount").nullish(),
  free_return_shipping: z
    .boolean({ error: "free_return_shipping must be true or false" })
    .optional(),
  restocking_fee_percent: percent("restocking_fee_percent").optional(),
  store_credit_bonus_percent: percent("store_credit_bonus_percent").optional(),
  max_returns_per_period: nonNegativeInt32("max_returns_per_period").nullish(),
  period_days: positiveInt32("period_days").optional(),
  return_rate_ceiling: z
    .number({ error: "return_rate_ceiling must be a number or null" })
    .min(0, { error: "return_rate_ceiling must be between 0 and 1" })
    .max(1, { error: "return_rate_ceiling must be between 0 and 1" })
    .nullish(),
  excluded_product_tags: stringList("excluded_product_tags").optional(),
  excluded_category_ids: stringList("excluded_category_ids").optional(),
  exchanges_allowed: z
    .boolean({ error: "exchanges_allowed must be true or false" })
    .optional(),
  exchange_auto_approve: z
    .boolean({ error: "exchange_auto_approve must be true or false" })
    .optional(),
  instant_exchange: z
    .boolean({ error: "instant_exchange must be true or false" })
    .optional(),
  instant_exchange_return_days: positiveInt32(
    "instant_exchange_return_days"
  ).optional(),
  active: z.boolean({ error: "active must be true or false" }).optional(),
}

export type AdminCreateReturnPolicyType = z.infer<
  typeof AdminCreateReturnPolicy
>
export const AdminCreateReturnPolicy = z.strictObject(ReturnPolicyFields)

export type AdminUpdateReturnPolicyType = z.infer<
  typeof AdminUpdateReturnPolicy
>
export const AdminUpdateReturnPolicy = z
  .strictObject(ReturnPolicyFields)
  .partial()
