import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute, validateQuery } from "../../utils/validators"
import { listAdminNotificationAttemptsQueryConfig } from "./query-config"
import {
  AdminGetNotificationAttemptsParams,
  AdminGetNotificationsReportParams,
  AdminResendNotification,
} from "./validators"

export const adminNotificationsLogRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/notifications-log",
    middlewares: [
      validateQuery(
        AdminGetNotificationAttemptsParams,
        listAdminNotificationAttemptsQueryConfig
      ),
    ],
  },
  queryRoute(
    "/admin/notifications-log/reports",
    AdminGetNotificationsReportParams
  ),
  bodyRoute("/admin/notifications-log/:id/resend", AdminResendNotification),
]
