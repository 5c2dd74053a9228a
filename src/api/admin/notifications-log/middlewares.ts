import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validators"
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
  {
    method: ["GET"],
    matcher: "/admin/notifications-log/reports",
    middlewares: [validateQuery(AdminGetNotificationsReportParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/notifications-log/:id/resend",
    middlewares: [validateBody(AdminResendNotification)],
  },
]
