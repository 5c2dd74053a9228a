import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminRewards } from "./query-config"
import {
  AdminCreateReward,
  AdminGetRewardParams,
  AdminGetRewardsParams,
  AdminUpdateReward,
} from "./validators"

export const adminLoyaltyRewardRoutesMiddlewares: MiddlewareRoute[] =
  adminRewards.middlewares("/admin/loyalty/rewards", {
    list: AdminGetRewardsParams,
    retrieve: AdminGetRewardParams,
    create: AdminCreateReward,
    update: AdminUpdateReward,
  })
