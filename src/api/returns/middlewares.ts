import type { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../utils/validators"
import { PortalPageQuery } from "./validators"

export const portalRoutesMiddlewares: MiddlewareRoute[] = [
  queryRoute("/returns", PortalPageQuery),
]
