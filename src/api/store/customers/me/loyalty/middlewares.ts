import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreGetPointsParams } from "./validators"

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
]
