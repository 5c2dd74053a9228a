import { MiddlewareRoute } from "@medusajs/framework/http"
import { policyTemplateFields } from "../../utils/disputes"
import { validateBody, validateQuery } from "../../utils/validators"
import {
  AdminCreatePolicyTemplate,
  AdminGetPolicyTemplatesParams,
  AdminUpdatePolicyTemplate,
} from "./validators"

export const adminPolicyTemplateRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/policy-templates",
    middlewares: [
      validateQuery(AdminGetPolicyTemplatesParams, {
        defaults: policyTemplateFields,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/policy-templates",
    middlewares: [validateBody(AdminCreatePolicyTemplate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/policy-templates/:id",
    middlewares: [validateBody(AdminUpdatePolicyTemplate)],
  },
]
