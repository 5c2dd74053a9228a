import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, validateBody, validateQuery } from "../../utils/validators"
import { disputeFields } from "../../utils/disputes"
import { evidenceUpload } from "../../utils/evidence-upload"
import {
  AdminAssignDispute,
  AdminCreateDispute,
  AdminCreateDisputeMessage,
  AdminGetDisputeReportParams,
  AdminGetDisputesParams,
  AdminRenderDisputeTemplateParams,
  AdminResolveDispute,
  AdminUpdateDisputeStatus,
  DisputeEvidenceFields,
} from "./validators"

export const adminDisputeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/disputes",
    middlewares: [
      validateQuery(AdminGetDisputesParams, {
        defaults: disputeFields,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  bodyRoute("/admin/disputes", AdminCreateDispute),
  {
    method: ["GET"],
    matcher: "/admin/disputes/reports",
    middlewares: [
      validateQuery(AdminGetDisputeReportParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
  bodyRoute("/admin/disputes/:id/assign", AdminAssignDispute),
  bodyRoute("/admin/disputes/:id/status", AdminUpdateDisputeStatus),
  bodyRoute("/admin/disputes/:id/messages", AdminCreateDisputeMessage),
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/evidence",
    middlewares: [evidenceUpload, validateBody(DisputeEvidenceFields)],
  },
  bodyRoute("/admin/disputes/:id/resolve", AdminResolveDispute),
  {
    method: ["GET"],
    matcher: "/admin/disputes/:id/policy-templates/:template_id/render",
    middlewares: [
      validateQuery(AdminRenderDisputeTemplateParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
]
