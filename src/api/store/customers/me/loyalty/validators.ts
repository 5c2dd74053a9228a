import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type StoreGetPointsParamsType = z.infer<typeof StoreGetPointsParams>
export const StoreGetPointsParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "-created_at",
})

export type StoreGetRedemptionsParamsType = z.infer<
  typeof StoreGetRedemptionsParams
>
export const StoreGetRedemptionsParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "-created_at",
})

export type StoreCreateRedemptionType = z.infer<typeof StoreCreateRedemption>
export const StoreCreateRedemption = z.strictObject({
  reward_id: z
    .string({ error: "reward_id is required" })
    .min(1, { error: "reward_id is required" }),
})

export const StoreGetRewardsParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "points_cost",
})
