import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validators"
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
  {
    method: ["POST"],
    matcher: "/admin/disputes",
    middlewares: [validateBody(AdminCreateDispute)],
  },
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
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/assign",
    middlewares: [validateBody(AdminAssignDispute)],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/status",
    middlewares: [validateBody(AdminUpdateDisputeStatus)],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/messages",
    middlewares: [validateBody(AdminCreateDisputeMessage)],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/evidence",
    middlewares: [evidenceUpload, validateBody(DisputeEvidenceFields)],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/resolve",
    middlewares: [validateBody(AdminResolveDispute)],
  },
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
