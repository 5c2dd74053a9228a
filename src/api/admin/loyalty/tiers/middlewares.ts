import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminTiers } from "./query-config"
import {
  AdminCreateTier,
  AdminGetTierParams,
  AdminGetTiersParams,
  AdminUpdateTier,
} from "./validators"

export const adminLoyaltyTierRoutesMiddlewares: MiddlewareRoute[] =
  adminTiers.middlewares("/admin/loyalty/tiers", {
    list: AdminGetTiersParams,
    retrieve: AdminGetTierParams,
    create: AdminCreateTier,
    update: AdminUpdateTier,
  })
