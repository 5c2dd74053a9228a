import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetNotificationsReportParams } from "../notifications-log/validators"

export const adminNotificationsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/notifications/reports",
    middlewares: [
      validateAndTransformQuery(AdminGetNotificationsReportParams, {}),
    ],
  },
]
