import type { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute } from "../../utils/validators"
import { AdminReturnTrackingEvent } from "./validators"

export const adminReturnShipmentRoutesMiddlewares: MiddlewareRoute[] = [
  bodyRoute(
    "/admin/return-shipments/tracking-events",
    AdminReturnTrackingEvent
  ),
]
