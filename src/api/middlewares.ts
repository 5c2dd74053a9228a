import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLoyaltyTierRoutesMiddlewares } from "./admin/loyalty/tiers/middlewares"
import { adminLoyaltyRewardRoutesMiddlewares } from "./admin/loyalty/rewards/middlewares"
import { adminLoyaltyAccountRoutesMiddlewares } from "./admin/loyalty/accounts/middlewares"
import { adminLoyaltyReportRoutesMiddlewares } from "./admin/loyalty/reports/middlewares"
import { storeLoyaltyRoutesMiddlewares } from "./store/customers/me/loyalty/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminLoyaltyTierRoutesMiddlewares,
    ...adminLoyaltyRewardRoutesMiddlewares,
    ...adminLoyaltyAccountRoutesMiddlewares,
    ...adminLoyaltyReportRoutesMiddlewares,
    ...storeLoyaltyRoutesMiddlewares,
  ],
})
