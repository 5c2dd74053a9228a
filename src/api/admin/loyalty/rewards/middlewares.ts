import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  listRewardTransformQueryConfig,
  retrieveRewardTransformQueryConfig,
} from "./query-config"
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
      validateAndTransformQuery(
        AdminGetRewardsParams,
        listRewardTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/rewards",
    middlewares: [
      validateAndTransformBody(AdminCreateReward),
      validateAndTransformQuery(
        AdminGetRewardParams,
        retrieveRewardTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/loyalty/rewards/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetRewardParams,
        retrieveRewardTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/rewards/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateReward),
      validateAndTransformQuery(
        AdminGetRewardParams,
        retrieveRewardTransformQueryConfig
      ),
    ],
  },
]
