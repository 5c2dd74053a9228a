import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLoyaltyTierRoutesMiddlewares } from "./admin/loyalty/tiers/middlewares"
import { storeLoyaltyRoutesMiddlewares } from "./store/customers/me/loyalty/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminLoyaltyTierRoutesMiddlewares,
    ...storeLoyaltyRoutesMiddlewares,
  ],
})
