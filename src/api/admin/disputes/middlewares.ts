import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminCreatePolicyTemplate,
  AdminGetPolicyTemplatesParams,
  AdminUpdatePolicyTemplate,
} from "../policy-templates/validators"
import { evidenceUpload } from "./evidence-upload"
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
import { disputeFields, policyTemplateFields } from "./helpers"

export const adminDisputeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/disputes",
    middlewares: [
      validateAndTransformQuery(AdminGetDisputesParams, {
        defaults: disputeFields,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes",
    middlewares: [validateAndTransformBody(AdminCreateDispute)],
  },
  {
    method: ["GET"],
    matcher: "/admin/disputes/reports",
    middlewares: [
      validateAndTransformQuery(AdminGetDisputeReportParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/assign",
    middlewares: [validateAndTransformBody(AdminAssignDispute)],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/status",
    middlewares: [validateAndTransformBody(AdminUpdateDisputeStatus)],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/messages",
    middlewares: [validateAndTransformBody(AdminCreateDisputeMessage)],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/evidence",
    middlewares: [
      evidenceUpload,
      validateAndTransformBody(DisputeEvidenceFields),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/disputes/:id/resolve",
    middlewares: [validateAndTransformBody(AdminResolveDispute)],
  },
  {
    method: ["GET"],
    matcher: "/admin/disputes/:id/policy-templates/:template_id/render",
    middlewares: [
      validateAndTransformQuery(AdminRenderDisputeTemplateParams, {
        defaults: [],
        isList: false,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/policy-templates",
    middlewares: [
      validateAndTransformQuery(AdminGetPolicyTemplatesParams, {
        defaults: policyTemplateFields,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/policy-templates",
    middlewares: [validateAndTransformBody(AdminCreatePolicyTemplate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/policy-templates/:id",
    middlewares: [validateAndTransformBody(AdminUpdatePolicyTemplate)],
  },
]
