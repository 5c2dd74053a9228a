import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validators"
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
    // Medusa registers static paths, with their route, before `/:id`: the
    // report answers before the policy middlewares below could see it.
    method: ["GET"],
    matcher: "/admin/return-policies/reports",
    middlewares: [validateQuery(AdminGetReturnPolicyReportParams, {})],
  },
  ...adminReturnPolicies.middlewares("/admin/return-policies", {
    list: AdminGetReturnPoliciesParams,
    retrieve: AdminGetReturnPolicyParams,
    create: AdminCreateReturnPolicy,
    update: AdminUpdateReturnPolicy,
  }),
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
