import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminGetNotificationTemplatePreviewParams,
  AdminSendTestNotification,
} from "./validators"

export const adminNotificationTemplateRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/notification-templates/:id/preview",
    middlewares: [
      validateAndTransformQuery(AdminGetNotificationTemplatePreviewParams, {}),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/notification-templates/:id/send-test",
    middlewares: [validateAndTransformBody(AdminSendTestNotification)],
  },
]
