import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const booleanParam = z
  .union([z.boolean(), z.enum(["true", "false"])])
  .transform((v) => v === true || v === "true")

export type AdminGetReturnPoliciesParamsType = z.infer<
  typeof AdminGetReturnPoliciesParams
>
export const AdminGetReturnPoliciesParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "name",
}).extend({
  q: z.string().optional(),
  tier_id: z.string().optional(),
  // Current versions by default; `false` lists deactivated and old versions.
  active: booleanParam.default(true),
})

export const AdminGetReturnPolicyVersionsParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "-version",
})

export const AdminGetReturnPolicyParams = z.object({
  fields: z.string().optional(),
})

const wholeNumber = (field: string) =>
  z
    .number({ error: `${field} must be a whole number` })
    .int({ error: `${field} must be a whole number` })

const percent = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .min(0, { error: `${field} must be between 0 and 100` })
    .max(100, { error: `${field} must be between 0 and 100` })

const stringList = (field: string) =>
  z.array(z.string({ error: `${field} must be a list of strings` }), {
    error: `${field} must be a list of strings`,
  })

const ReturnPolicyFields = {
  name: z
    .string({ error: "name is required" })
    .trim()
    .min(1, { error: "name is required" }),
  // null: the default policy for customers without a tier.
  tier_id: z
    .string({ error: "tier_id must be a loyalty tier id or null" })
    .min(1, { error: "tier_id must be a loyalty tier id or null" })
    .nullish(),
  return_window_days: wholeNumber("return_window_days").nonnegative({
    error: "return_window_days must be zero or more",
  }),
  auto_approve_max_amount: z
    .number({ error: "auto_approve_max_amount must be a number or null" })
    .nonnegative({ error: "auto_approve_max_amount must be zero or more" })
    .nullish(),
  free_return_shipping: z
    .boolean({ error: "free_return_shipping must be true or false" })
    .optional(),
  restocking_fee_percent: percent("restocking_fee_percent").optional(),
  store_credit_bonus_percent: percent("store_credit_bonus_percent").optional(),
  max_returns_per_period: wholeNumber("max_returns_per_period")
    .nonnegative({ error: "max_returns_per_period must be zero or more" })
    .nullish(),
  period_days: wholeNumber("period_days")
    .positive({ error: "period_days must be more than 0" })
    .optional(),
  return_rate_ceiling: z
    .number({ error: "return_rate_ceiling must be a number or null" })
    .min(0, { error: "return_rate_ceiling must be between 0 and 1" })
    .max(1, { error: "return_rate_ceiling must be between 0 and 1" })
    .nullish(),
  excluded_product_tags: stringList("excluded_product_tags").optional(),
  excluded_category_ids: stringList("excluded_category_ids").optional(),
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
