import { z } from "@medusajs/framework/zod"
import {
  boundedString,
  int32,
  MAX_LENGTH,
  moneyAmount,
  nonNegativeInt32,
  positiveInt32,
  requiredString,
  retrieveParams,
  searchListParams,
} from "../../../utils/validators"

export type AdminGetTiersParamsType = z.infer<typeof AdminGetTiersParams>
export const AdminGetTiersParams = searchListParams({
  limit: 50,
  order: "rank",
  sortable: ["rank", "name", "created_at", "updated_at"],
})

export const AdminGetTierParams = retrieveParams()

const TierFields = {
  name: requiredString("name", MAX_LENGTH.name),
  description: boundedString("description", MAX_LENGTH.note).nullish(),
  rank: int32("rank").min(0, { error: "rank must be zero or more" }),
  min_lifetime_spend: moneyAmount("min_lifetime_spend").nullish(),
  min_orders: nonNegativeInt32("min_orders").nullish(),
  min_points: nonNegativeInt32("min_points").nullish(),
  benefits: z
    .record(boundedString("benefits key", MAX_LENGTH.name), z.unknown(), {
      error: "benefits must be an object",
    })
    .refine((b) => JSON.stringify(b).length <= MAX_LENGTH.body, {
      error: `benefits must be at most ${MAX_LENGTH.body} characters of JSON`,
    })
    .optional(),
  points_multiplier: z
    .number({ error: "points_multiplier must be a number" })
    .positive({ error: "points_multiplier must be more than 0" })
    .max(10, { error: "points_multiplier must be at most 10" })
    .optional(),
  period_days: positiveInt32("period_days").nullish(),
}

export type AdminCreateTierType = z.infer<typeof AdminCreateTier>
export const AdminCreateTier = z.strictObject(TierFields)

export type AdminUpdateTierType = z.infer<typeof AdminUpdateTier>
export const AdminUpdateTier = z.strictObject(TierFields).partial()
