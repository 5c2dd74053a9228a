import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute } from "../../utils/validators"
import {
  AdminGetNotificationTemplatePreviewParams,
  AdminSendTestNotification,
} from "./validators"

export const adminNotificationTemplateRoutesMiddlewares: MiddlewareRoute[] = [
  queryRoute(
    "/admin/notification-templates/:id/preview",
    AdminGetNotificationTemplatePreviewParams
  ),
  bodyRoute(
    "/admin/notification-templates/:id/send-test",
    AdminSendTestNotification
  ),
]
