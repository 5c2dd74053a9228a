import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validators"
import { adminRewards } from "./query-config"
import {
  AdminCreateReward,
  AdminGetRewardParams,
  AdminGetRewardsParams,
  AdminUpdateReward,
} from "./validators"

export const adminLoyaltyRewardRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/loyalty/rewards",
    middlewares: [
      validateQuery(AdminGetRewardsParams, adminRewards.queryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/rewards",
    middlewares: [
      validateBody(AdminCreateReward),
      validateQuery(AdminGetRewardParams, adminRewards.queryConfig.retrieve),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/loyalty/rewards/:id",
    middlewares: [
      validateQuery(AdminGetRewardParams, adminRewards.queryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/rewards/:id",
    middlewares: [
      validateBody(AdminUpdateReward),
      validateQuery(AdminGetRewardParams, adminRewards.queryConfig.retrieve),
    ],
  },
]
