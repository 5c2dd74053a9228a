import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validators"
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
      validateQuery(
        AdminGetReasonCodesParams,
        listReasonCodeTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-reason-codes",
    middlewares: [
      validateBody(AdminCreateReasonCode),
      validateQuery(
        AdminGetReasonCodeParams,
        retrieveReasonCodeTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/return-reason-codes/:id",
    middlewares: [
      validateQuery(
        AdminGetReasonCodeParams,
        retrieveReasonCodeTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/return-reason-codes/:id",
    middlewares: [
      validateBody(AdminUpdateReasonCode),
      validateQuery(
        AdminGetReasonCodeParams,
        retrieveReasonCodeTransformQueryConfig
      ),
    ],
  },
]
