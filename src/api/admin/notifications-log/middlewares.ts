import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listAdminNotificationAttemptsQueryConfig } from "./query-config"
import {
  AdminGetNotificationAttemptsParams,
  AdminGetNotificationsReportParams,
} from "./validators"

export const adminNotificationsLogRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/notifications-log",
    middlewares: [
      validateAndTransformQuery(
        AdminGetNotificationAttemptsParams,
        listAdminNotificationAttemptsQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/notifications-log/reports",
    middlewares: [
      validateAndTransformQuery(AdminGetNotificationsReportParams, {}),
    ],
  },
]
