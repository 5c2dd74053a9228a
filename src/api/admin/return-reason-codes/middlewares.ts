import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validators"
import { adminReasonCodes } from "./query-config"
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
        adminReasonCodes.queryConfig.list
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
        adminReasonCodes.queryConfig.retrieve
      ),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/return-reason-codes/:id",
    middlewares: [
      validateQuery(
        AdminGetReasonCodeParams,
        adminReasonCodes.queryConfig.retrieve
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
        adminReasonCodes.queryConfig.retrieve
      ),
    ],
  },
]
