import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  listReturnPolicyTransformQueryConfig,
  retrieveReturnPolicyTransformQueryConfig,
} from "./query-config"
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
      validateAndTransformQuery(
        AdminGetReturnPoliciesParams,
        listReturnPolicyTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-policies",
    middlewares: [
      validateAndTransformBody(AdminCreateReturnPolicy),
      validateAndTransformQuery(
        AdminGetReturnPolicyParams,
        retrieveReturnPolicyTransformQueryConfig
      ),
    ],
  },
  {
    // Medusa registers static paths, with their route, before `/:id`: the
    // report answers before the policy middlewares below could see it.
    method: ["GET"],
    matcher: "/admin/return-policies/reports",
    middlewares: [
      validateAndTransformQuery(AdminGetReturnPolicyReportParams, {}),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/return-policies/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetReturnPolicyParams,
        retrieveReturnPolicyTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-policies/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateReturnPolicy),
      validateAndTransformQuery(
        AdminGetReturnPolicyParams,
        retrieveReturnPolicyTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/return-policies/:id/versions",
    middlewares: [
      validateAndTransformQuery(
        AdminGetReturnPolicyVersionsParams,
        listReturnPolicyTransformQueryConfig
      ),
    ],
  },
]
