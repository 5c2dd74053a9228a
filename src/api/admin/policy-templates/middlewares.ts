import { MiddlewareRoute } from "@medusajs/framework/http"
import { policyTemplateFields } from "../../utils/disputes"
import { bodyRoute, validateQuery } from "../../utils/validators"
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
  bodyRoute("/admin/policy-templates", AdminCreatePolicyTemplate),
  bodyRoute("/admin/policy-templates/:id", AdminUpdatePolicyTemplate),
]
