import { z } from "@medusajs/framework/zod"
import { idString, listParams } from "../../../../utils/validators"

export { LedgerListParams as StoreGetPointsParams } from "../../../../utils/customer-ledger"

export type StoreGetRedemptionsParamsType = z.infer<
  typeof StoreGetRedemptionsParams
>
export const StoreGetRedemptionsParams = listParams({
  limit: 20,
  order: "-created_at",
  sortable: ["created_at", "points"],
})

export type StoreCreateRedemptionType = z.infer<typeof StoreCreateRedemption>
export const StoreCreateRedemption = z.strictObject({
  reward_id: idString("reward_id"),
})

export const StoreGetRewardsParams = listParams({
  limit: 50,
  order: "points_cost",
  sortable: ["points_cost", "name", "created_at"],
})
