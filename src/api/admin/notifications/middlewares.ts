import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validators"
import { AdminGetNotificationsReportParams } from "../notifications-log/validators"

export const adminNotificationsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/notifications/reports",
    middlewares: [validateQuery(AdminGetNotificationsReportParams, {})],
  },
]
