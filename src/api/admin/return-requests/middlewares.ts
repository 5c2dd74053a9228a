import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validators"
import {
  AdminApproveReturnRequest,
  AdminCreateCsrReturn,
  AdminGetCsrEligibilityParams,
  AdminGetCsrReportParams,
  AdminGetReturnRequestsParams,
  AdminPreviewCsrReturn,
  AdminRejectReturnRequest,
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
  {
    method: ["POST"],
    matcher: "/admin/return-requests",
    middlewares: [validateBody(AdminCreateCsrReturn)],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-requests/preview",
    middlewares: [validateBody(AdminPreviewCsrReturn)],
  },
  {
    method: ["GET"],
    matcher: "/admin/return-requests/eligibility",
    middlewares: [validateQuery(AdminGetCsrEligibilityParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/return-requests/reports",
    middlewares: [validateQuery(AdminGetCsrReportParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-requests/:id/approve",
    middlewares: [validateBody(AdminApproveReturnRequest)],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-requests/:id/reject",
    middlewares: [validateBody(AdminRejectReturnRequest)],
  },
]
