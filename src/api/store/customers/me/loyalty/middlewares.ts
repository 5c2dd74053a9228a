import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
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
      validateAndTransformQuery(StoreGetPointsParams, {
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
      validateAndTransformQuery(StoreGetRedemptionsParams, {
        defaults: ["id"],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/loyalty/redemptions",
    middlewares: [validateAndTransformBody(StoreCreateRedemption)],
  },
  {
    method: ["GET"],
    matcher: "/store/loyalty/rewards",
    middlewares: [
      // Signed-in customers also learn whether they can redeem each reward.
      authenticate("customer", ["session", "bearer"], {
        allowUnauthenticated: true,
      }),
      validateAndTransformQuery(StoreGetRewardsParams, {
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
