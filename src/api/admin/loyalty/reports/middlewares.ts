import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validators"
import { AdminGetLoyaltyReportParams } from "./validators"

export const adminLoyaltyReportRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/loyalty/reports",
    middlewares: [validateQuery(AdminGetLoyaltyReportParams, {})],
  },
]
