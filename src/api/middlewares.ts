import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLoyaltyTierRoutesMiddlewares } from "./admin/loyalty/tiers/middlewares"

export default defineMiddlewares({
  routes: [...adminLoyaltyTierRoutesMiddlewares],
})
