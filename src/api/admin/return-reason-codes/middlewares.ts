import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  listReasonCodeTransformQueryConfig,
  retrieveReasonCodeTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateReasonCode,
  AdminGetReasonCodeParams,
  AdminGetReasonCodesParams,
  AdminUpdateReasonCode,
} from "./validators"

export const adminReturnReasonCodeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/return-reason-codes",
    middlewares: [
      validateAndTransformQuery(
        AdminGetReasonCodesParams,
        listReasonCodeTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-reason-codes",
    middlewares: [
      validateAndTransformBody(AdminCreateReasonCode),
      validateAndTransformQuery(
        AdminGetReasonCodeParams,
        retrieveReasonCodeTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/return-reason-codes/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetReasonCodeParams,
        retrieveReasonCodeTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-reason-codes/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateReasonCode),
      validateAndTransformQuery(
        AdminGetReasonCodeParams,
        retrieveReasonCodeTransformQueryConfig
      ),
    ],
  },
]
