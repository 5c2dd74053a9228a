import { MiddlewareRoute } from "@medusajs/framework/http"
import { queryRoute } from "../../../utils/validators"
import { AdminGetLoyaltyExportParams } from "./validators"

export const adminLoyaltyExportRoutesMiddlewares: MiddlewareRoute[] = [
  queryRoute("/admin/loyalty/export", AdminGetLoyaltyExportParams),
]
