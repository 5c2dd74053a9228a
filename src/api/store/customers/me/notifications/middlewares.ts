import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listStoreNotificationsQueryConfig } from "./query-config"
import {
  StoreGetNotificationsParams,
  StoreUpdateNotificationPreferences,
} from "./validators"

export const storeCustomerNotificationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/customers/me/notifications*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/notifications",
    middlewares: [
      validateAndTransformQuery(
        StoreGetNotificationsParams,
        listStoreNotificationsQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/notifications/preferences",
    middlewares: [validateAndTransformBody(StoreUpdateNotificationPreferences)],
  },
  {
    matcher: "/store/customers/me/notification-preferences",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/notification-preferences",
    middlewares: [validateAndTransformBody(StoreUpdateNotificationPreferences)],
  },
]
