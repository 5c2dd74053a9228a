import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type AdminGetRewardsParamsType = z.infer<typeof AdminGetRewardsParams>
export const AdminGetRewardsParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "points_cost",
}).extend({
  q: z.string().optional(),
  active: z
    .union([z.boolean(), z.enum(["true", "false"])])
    .transform((v) => v === true || v === "true")
    .optional(),
})

export const AdminGetRewardParams = z.object({
  fields: z.string().optional(),
})

const wholeNumber = (field: string) =>
  z
    .number({ error: `${field} must be a whole number` })
    .int({ error: `${field} must be a whole number` })

const RewardFields = {
  name: z
    .string({ error: "name is required" })
    .trim()
    .min(1, { error: "name is required" }),
  description: z.string().nullish(),
  points_cost: wholeNumber("points_cost").positive({
    error: "points_cost must be more than 0",
  }),
  kind: z.enum(["amount_off", "percent_off", "free_shipping"], {
    error: "kind must be one of amount_off, percent_off, free_shipping",
  }),
  value: z
    .number({ error: "value must be a number" })
    .nonnegative({ error: "value must be zero or more" })
    .optional(),
  currency_code: z
    .string()
    .length(3, { error: "currency_code must be a 3-letter ISO code" })
    .transform((c) => c.toLowerCase())
    .nullish(),
  min_tier_rank: wholeNumber("min_tier_rank")
    .nonnegative({ error: "min_tier_rank must be zero or more" })
    .nullish(),
  active: z.boolean({ error: "active must be true or false" }).optional(),
  stock: wholeNumber("stock")
    .nonnegative({ error: "stock must be zero or more" })
    .nullish(),
  valid_days: wholeNumber("valid_days")
    .positive({ error: "valid_days must be more than 0" })
    .optional(),
}

export type AdminCreateRewardType = z.infer<typeof AdminCreateReward>
export const AdminCreateReward = z.strictObject(RewardFields)

export type AdminUpdateRewardType = z.infer<typeof AdminUpdateReward>
export const AdminUpdateReward = z.strictObject(RewardFields).partial()
