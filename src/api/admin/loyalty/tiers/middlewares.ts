import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validators"
import { adminTiers } from "./query-config"
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
      validateQuery(AdminGetTiersParams, adminTiers.queryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers",
    middlewares: [
      validateBody(AdminCreateTier),
      validateQuery(AdminGetTierParams, adminTiers.queryConfig.retrieve),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/loyalty/tiers/:id",
    middlewares: [
      validateQuery(AdminGetTierParams, adminTiers.queryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers/:id",
    middlewares: [
      validateBody(AdminUpdateTier),
      validateQuery(AdminGetTierParams, adminTiers.queryConfig.retrieve),
    ],
  },
]
