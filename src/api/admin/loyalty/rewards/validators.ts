import { z } from "@medusajs/framework/zod"
import {
  booleanParam,
  boundedString,
  MAX_LENGTH,
  moneyAmount,
  nonNegativeInt32,
  positiveInt32,
  requiredString,
  retrieveParams,
  searchListParams,
} from "../../../utils/validators"

export type AdminGetRewardsParamsType = z.infer<typeof AdminGetRewardsParams>
export const AdminGetRewardsParams = searchListParams({
  limit: 50,
  order: "points_cost",
  sortable: ["points_cost", "name", "created_at", "updated_at"],
}).extend({
  active: booleanParam("active").optional(),
})

export const AdminGetRewardParams = retrieveParams()

const RewardFields = {
  name: requiredString("name", MAX_LENGTH.name),
  description: boundedString("description", MAX_LENGTH.note).nullish(),
  points_cost: positiveInt32("points_cost"),
  kind: z.enum(["amount_off", "percent_off", "free_shipping"], {
    error: "kind must be one of amount_off, percent_off, free_shipping",
  }),
  value: moneyAmount("value").optional(),
  currency_code: z
    .string({ error: "currency_code must be a 3-letter ISO code" })
    .regex(/^[A-Za-z]{3}$/, {
      error: "currency_code must be a 3-letter ISO code",
    })
    .transform((c) => c.toLowerCase())
    .nullish(),
  min_tier_rank: nonNegativeInt32("min_tier_rank").nullish(),
  active: z.boolean({ error: "active must be true or false" }).optional(),
  stock: nonNegativeInt32("stock").nullish(),
  valid_days: positiveInt32("valid_days").optional(),
}

export type AdminCreateRewardType = z.infer<typeof AdminCreateReward>
export const AdminCreateReward = z.strictObject(RewardFields)

export type AdminUpdateRewardType = z.infer<typeof AdminUpdateReward>
export const AdminUpdateReward = z.strictObject(RewardFields).partial()
