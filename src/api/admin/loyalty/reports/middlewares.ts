import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../../utils/validators"
import { AdminGetLoyaltyReportParams } from "./validators"

export const adminLoyaltyReportRoutesMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/loyalty/reports", AdminGetLoyaltyReportParams),
]
