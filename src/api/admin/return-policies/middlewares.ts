import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validators"
import { adminReturnPolicies } from "./query-config"
import {
  AdminCreateReturnPolicy,
  AdminGetReturnPoliciesParams,
  AdminGetReturnPolicyParams,
  AdminGetReturnPolicyVersionsParams,
  AdminUpdateReturnPolicy,
} from "./validators"
import { AdminGetReturnPolicyReportParams } from "./reports/validators"

export const adminReturnPolicyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/return-policies",
    middlewares: [
      validateQuery(
        AdminGetReturnPoliciesParams,
        adminReturnPolicies.queryConfig.list
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-policies",
    middlewares: [
      validateBody(AdminCreateReturnPolicy),
      validateQuery(
        AdminGetReturnPolicyParams,
        adminReturnPolicies.queryConfig.retrieve
      ),
    ],
  },
  {
    // Medusa registers static paths, with their route, before `/:id`: the
    // report answers before the policy middlewares below could see it.
    method: ["GET"],
    matcher: "/admin/return-policies/reports",
    middlewares: [validateQuery(AdminGetReturnPolicyReportParams, {})],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/return-policies/:id",
    middlewares: [
      validateQuery(
        AdminGetReturnPolicyParams,
        adminReturnPolicies.queryConfig.retrieve
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-policies/:id",
    middlewares: [
      validateBody(AdminUpdateReturnPolicy),
      validateQuery(
        AdminGetReturnPolicyParams,
        adminReturnPolicies.queryConfig.retrieve
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/return-policies/:id/versions",
    middlewares: [
      validateQuery(
        AdminGetReturnPolicyVersionsParams,
        adminReturnPolicies.queryConfig.list
      ),
    ],
  },
]
