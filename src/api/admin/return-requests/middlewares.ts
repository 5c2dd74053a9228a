import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminApproveReturnRequest,
  AdminCreateCsrReturn,
  AdminGetCsrEligibilityParams,
  AdminGetCsrReportParams,
  AdminGetReturnRequestsParams,
  AdminPreviewCsrReturn,
  AdminRejectReturnRequest,
} from "./validators"
import { adminReturnRequestFields } from "./helpers"

export const adminReturnRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/return-requests",
    middlewares: [
      validateAndTransformQuery(AdminGetReturnRequestsParams, {
        defaults: adminReturnRequestFields,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-requests",
    middlewares: [validateAndTransformBody(AdminCreateCsrReturn)],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-requests/preview",
    middlewares: [validateAndTransformBody(AdminPreviewCsrReturn)],
  },
  {
    method: ["GET"],
    matcher: "/admin/return-requests/eligibility",
    middlewares: [validateAndTransformQuery(AdminGetCsrEligibilityParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/return-requests/reports",
    middlewares: [validateAndTransformQuery(AdminGetCsrReportParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-requests/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveReturnRequest)],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-requests/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectReturnRequest)],
  },
]
