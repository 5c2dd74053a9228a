import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validators"
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
      validateQuery(AdminGetRewardsParams, listRewardTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/rewards",
    middlewares: [
      validateBody(AdminCreateReward),
      validateQuery(AdminGetRewardParams, retrieveRewardTransformQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/loyalty/rewards/:id",
    middlewares: [
      validateQuery(AdminGetRewardParams, retrieveRewardTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/rewards/:id",
    middlewares: [
      validateBody(AdminUpdateReward),
      validateQuery(AdminGetRewardParams, retrieveRewardTransformQueryConfig),
    ],
  },
]
