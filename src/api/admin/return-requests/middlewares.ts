import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, queryRoute, validateQuery } from "../../utils/validators"
import {
  AdminApproveReturnRequest,
  AdminCreateCsrReturn,
  AdminGetCsrEligibilityParams,
  AdminGetCsrReportParams,
  AdminGetExchangeVariantsParams,
  AdminGetReturnRequestsParams,
  AdminPreviewCsrReturn,
  AdminRejectReturnRequest,
  AdminReturnMethod,
} from "./validators"
import { adminReturnRequestFields } from "../../utils/return-requests"

export const adminReturnRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/return-requests",
    middlewares: [
      validateQuery(AdminGetReturnRequestsParams, {
        defaults: adminReturnRequestFields,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  bodyRoute("/admin/return-requests", AdminCreateCsrReturn),
  bodyRoute("/admin/return-requests/preview", AdminPreviewCsrReturn),
  queryRoute(
    "/admin/return-requests/eligibility",
    AdminGetCsrEligibilityParams
  ),
  queryRoute(
    "/admin/return-requests/exchange-variants",
    AdminGetExchangeVariantsParams
  ),
  queryRoute("/admin/return-requests/reports", AdminGetCsrReportParams),
  bodyRoute("/admin/return-requests/:id/approve", AdminApproveReturnRequest),
  bodyRoute("/admin/return-requests/:id/reject", AdminRejectReturnRequest),
  bodyRoute("/admin/return-requests/:id/return-method", AdminReturnMethod),
]
