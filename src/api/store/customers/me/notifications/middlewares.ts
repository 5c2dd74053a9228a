import type { MiddlewareRoute } from "@medusajs/framework/http"
import { signedInCustomerOnly } from "../../../../utils/customer-owns"
import { bodyRoute, validateQuery } from "../../../../utils/validators"
import { listStoreNotificationsQueryConfig } from "./query-config"
import {
  StoreGetNotificationsParams,
  StoreMarkNotificationRead,
  StoreUpdateNotificationPreferences,
} from "./validators"

export const storeCustomerNotificationRoutesMiddlewares: MiddlewareRoute[] = [
  ...signedInCustomerOnly("/store/customers/me/notifications*"),
  {
    method: ["GET"],
    matcher: "/store/customers/me/notifications",
    middlewares: [
      validateQuery(
        StoreGetNotificationsParams,
        listStoreNotificationsQueryConfig
      ),
    ],
  },
  bodyRoute(
    "/store/customers/me/notifications/:id/read",
    StoreMarkNotificationRead
  ),
  bodyRoute(
    "/store/customers/me/notifications/preferences",
    StoreUpdateNotificationPreferences
  ),
]
