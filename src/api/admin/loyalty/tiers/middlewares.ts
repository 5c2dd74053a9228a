import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  listTierTransformQueryConfig,
  retrieveTierTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateTier,
  AdminGetTierParams,
  AdminGetTiersParams,
  AdminUpdateTier,
} from "./validators"

export const adminLoyaltyTierRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/loyalty/tiers",
    middlewares: [
      validateAndTransformQuery(
        AdminGetTiersParams,
        listTierTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers",
    middlewares: [
      validateAndTransformBody(AdminCreateTier),
      validateAndTransformQuery(
        AdminGetTierParams,
        retrieveTierTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/loyalty/tiers/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetTierParams,
        retrieveTierTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateTier),
      validateAndTransformQuery(
        AdminGetTierParams,
        retrieveTierTransformQueryConfig
      ),
    ],
  },
]
