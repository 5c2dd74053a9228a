import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  bodyRoute,
  queryRoute,
  validateBody,
  validateQuery,
} from "../../utils/validators"
import {
  listWebhookDeliveriesQueryConfig,
  listWebhookEndpointsQueryConfig,
} from "./query-config"
import {
  AdminCreateWebhookEndpoint,
  AdminGetWebhookDeliveriesParams,
  AdminGetWebhookEndpointsParams,
  AdminGetWebhookParams,
  AdminReplayWebhookDeliveries,
  AdminUpdateWebhookEndpoint,
  AdminWebhookAction,
} from "./validators"

export const adminWebhookRoutesMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/webhooks/events", AdminGetWebhookParams),
  {
    method: ["GET"],
    matcher: "/admin/webhooks/endpoints",
    middlewares: [
      validateQuery(
        AdminGetWebhookEndpointsParams,
        listWebhookEndpointsQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/webhooks/endpoints",
    middlewares: [validateBody(AdminCreateWebhookEndpoint)],
  },
  queryRoute("/admin/webhooks/endpoints/:id", AdminGetWebhookParams),
  bodyRoute("/admin/webhooks/endpoints/:id", AdminUpdateWebhookEndpoint),
  bodyRoute("/admin/webhooks/endpoints/:id/send-test", AdminWebhookAction),
  bodyRoute("/admin/webhooks/endpoints/:id/rotate-secret", AdminWebhookAction),
  {
    method: ["GET"],
    matcher: "/admin/webhooks/deliveries",
    middlewares: [
      validateQuery(
        AdminGetWebhookDeliveriesParams,
        listWebhookDeliveriesQueryConfig
      ),
    ],
  },
  queryRoute("/admin/webhooks/deliveries/:id", AdminGetWebhookParams),
  bodyRoute("/admin/webhooks/deliveries/:id/replay", AdminWebhookAction),
  bodyRoute("/admin/webhooks/deliveries/replay", AdminReplayWebhookDeliveries),
]
