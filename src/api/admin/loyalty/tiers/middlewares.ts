import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validators"
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
      validateQuery(AdminGetTiersParams, listTierTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers",
    middlewares: [
      validateBody(AdminCreateTier),
      validateQuery(AdminGetTierParams, retrieveTierTransformQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/loyalty/tiers/:id",
    middlewares: [
      validateQuery(AdminGetTierParams, retrieveTierTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers/:id",
    middlewares: [
      validateBody(AdminUpdateTier),
      validateQuery(AdminGetTierParams, retrieveTierTransformQueryConfig),
    ],
  },
]
