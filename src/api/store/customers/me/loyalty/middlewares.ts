import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../../utils/validators"
import {
  StoreCreateRedemption,
  StoreGetPointsParams,
  StoreGetRedemptionsParams,
  StoreGetRewardsParams,
} from "./validators"

export const storeLoyaltyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/customers/me/loyalty*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/loyalty/points",
    middlewares: [
      validateQuery(StoreGetPointsParams, {
        defaults: [
          "id",
          "type",
          "points",
          "status",
          "available_at",
          "expires_at",
          "debt",
          "source_type",
          "source_id",
          "note",
          "created_at",
        ],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/loyalty/redemptions",
    middlewares: [
      validateQuery(StoreGetRedemptionsParams, {
        defaults: ["id"],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/loyalty/redemptions",
    middlewares: [validateBody(StoreCreateRedemption)],
  },
  {
    method: ["GET"],
    matcher: "/store/loyalty/rewards",
    middlewares: [
      // Signed-in customers also learn whether they can redeem each reward.
      authenticate("customer", ["session", "bearer"], {
        allowUnauthenticated: true,
      }),
      validateQuery(StoreGetRewardsParams, {
        defaults: [
          "id",
          "name",
          "description",
          "points_cost",
          "kind",
          "value",
          "currency_code",
          "min_tier_rank",
          "stock",
          "valid_days",
        ],
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
]
