import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validators"
import {
  AdminGetNotificationTemplatePreviewParams,
  AdminSendTestNotification,
} from "./validators"

export const adminNotificationTemplateRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/notification-templates/:id/preview",
    middlewares: [validateQuery(AdminGetNotificationTemplatePreviewParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/notification-templates/:id/send-test",
    middlewares: [validateBody(AdminSendTestNotification)],
  },
]
