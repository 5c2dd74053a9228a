import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type AdminGetTiersParamsType = z.infer<typeof AdminGetTiersParams>
export const AdminGetTiersParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "rank",
}).extend({
  q: z.string().optional(),
})

export const AdminGetTierParams = z.object({
  fields: z.string().optional(),
})

const threshold = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .nonnegative({ error: `${field} must be zero or more` })
    .nullish()

const TierFields = {
  name: z
    .string({ error: "name is required" })
    .trim()
    .min(1, { error: "name is required" }),
  description: z.string().nullish(),
  rank: z
    .number({ error: "rank is required and must be a whole number" })
    .int({ error: "rank must be a whole number" })
    .nonnegative({ error: "rank must be zero or more" }),
  min_lifetime_spend: threshold("min_lifetime_spend"),
  min_orders: threshold("min_orders").refine(
    (v) => v == null || Number.isInteger(v),
    { error: "min_orders must be a whole number" }
  ),
  min_points: threshold("min_points").refine(
    (v) => v == null || Number.isInteger(v),
    { error: "min_points must be a whole number" }
  ),
  benefits: z.record(z.string(), z.unknown()).optional(),
  points_multiplier: z
    .number({ error: "points_multiplier must be a number" })
    .positive({ error: "points_multiplier must be more than 0" })
    .max(10, { error: "points_multiplier must be at most 10" })
    .optional(),
  period_days: z
    .number({ error: "period_days must be a whole number of days" })
    .int({ error: "period_days must be a whole number of days" })
    .positive({ error: "period_days must be more than 0" })
    .nullish(),
}

export type AdminCreateTierType = z.infer<typeof AdminCreateTier>
export const AdminCreateTier = z.strictObject(TierFields)

export type AdminUpdateTierType = z.infer<typeof AdminUpdateTier>
export const AdminUpdateTier = z.strictObject(TierFields).partial()
