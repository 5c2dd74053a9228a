import { defineMiddlewares } from "@medusajs/framework/http"
import { storeReturnRequestRoutesMiddlewares } from "./store/return-requests/middlewares"
import { adminReturnRequestRoutesMiddlewares } from "./admin/return-requests/middlewares"
import { adminLoyaltyTierRoutesMiddlewares } from "./admin/loyalty/tiers/middlewares"
import { adminLoyaltyRewardRoutesMiddlewares } from "./admin/loyalty/rewards/middlewares"
import { adminLoyaltyAccountRoutesMiddlewares } from "./admin/loyalty/accounts/middlewares"
import { adminLoyaltyReportRoutesMiddlewares } from "./admin/loyalty/reports/middlewares"
import { adminLoyaltyBalanceCheckRoutesMiddlewares } from "./admin/loyalty/balance-checks/middlewares"
import { storeLoyaltyRoutesMiddlewares } from "./store/customers/me/loyalty/middlewares"
import { storeCustomerNotificationRoutesMiddlewares } from "./store/customers/me/notifications/middlewares"
import { adminNotificationsLogRoutesMiddlewares } from "./admin/notifications-log/middlewares"
import { adminReturnPolicyRoutesMiddlewares } from "./admin/return-policies/middlewares"
import { adminReturnReasonCodeRoutesMiddlewares } from "./admin/return-reason-codes/middlewares"
import { storeOrderReturnRoutesMiddlewares } from "./store/orders/middlewares"
import { storeNativeReturnRoutesMiddlewares } from "./store/returns/middlewares"
import { adminDisputeRoutesMiddlewares } from "./admin/disputes/middlewares"
import { adminPolicyTemplateRoutesMiddlewares } from "./admin/policy-templates/middlewares"
import { storeDisputeRoutesMiddlewares } from "./store/disputes/middlewares"
import { adminNotificationTemplateRoutesMiddlewares } from "./admin/notification-templates/middlewares"
import { adminWebhookRoutesMiddlewares } from "./admin/webhooks/middlewares"
import { adminLoyaltyImportRoutesMiddlewares } from "./admin/loyalty/imports/middlewares"
import { adminLoyaltyExportRoutesMiddlewares } from "./admin/loyalty/export/middlewares"
import { adminReturnShipmentRoutesMiddlewares } from "./admin/return-shipments/middlewares"
import { badInputGuardMiddlewares } from "./utils/bad-input-guard"
import { portalRoutesMiddlewares } from "./returns/middlewares"
import { storeReturnPortalRoutesMiddlewares } from "./store/return-portal/middlewares"

export default defineMiddlewares({
  routes: [
    // Method-less, so Medusa runs them before any route's own middlewares.
    ...badInputGuardMiddlewares,
    ...storeReturnRequestRoutesMiddlewares,
    ...adminReturnRequestRoutesMiddlewares,
    ...adminLoyaltyTierRoutesMiddlewares,
    ...adminLoyaltyRewardRoutesMiddlewares,
    ...adminLoyaltyAccountRoutesMiddlewares,
    ...adminLoyaltyReportRoutesMiddlewares,
    ...adminLoyaltyBalanceCheckRoutesMiddlewares,
    ...storeLoyaltyRoutesMiddlewares,
    ...storeCustomerNotificationRoutesMiddlewares,
    ...adminNotificationsLogRoutesMiddlewares,
    ...adminReturnPolicyRoutesMiddlewares,
    ...adminReturnReasonCodeRoutesMiddlewares,
    ...storeOrderReturnRoutesMiddlewares,
    ...storeNativeReturnRoutesMiddlewares,
    ...adminDisputeRoutesMiddlewares,
    ...adminPolicyTemplateRoutesMiddlewares,
    ...storeDisputeRoutesMiddlewares,
    ...adminNotificationTemplateRoutesMiddlewares,
    ...portalRoutesMiddlewares,
    ...storeReturnPortalRoutesMiddlewares,
    ...adminWebhookRoutesMiddlewares,
    ...adminLoyaltyImportRoutesMiddlewares,
    ...adminLoyaltyExportRoutesMiddlewares,
    ...adminReturnShipmentRoutesMiddlewares,
  ],
})
