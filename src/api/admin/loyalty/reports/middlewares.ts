import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminGetLoyaltyReportParams } from "./validators"

export const adminLoyaltyReportRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/loyalty/reports",
    middlewares: [validateAndTransformQuery(AdminGetLoyaltyReportParams, {})],
  },
]
