import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminReasonCodes } from "./query-config"
import {
  AdminCreateReasonCode,
  AdminGetReasonCodeParams,
  AdminGetReasonCodesParams,
  AdminUpdateReasonCode,
} from "./validators"

export const adminReturnReasonCodeRoutesMiddlewares: MiddlewareRoute[] =
  adminReasonCodes.middlewares("/admin/return-reason-codes", {
    list: AdminGetReasonCodesParams,
    retrieve: AdminGetReasonCodeParams,
    create: AdminCreateReasonCode,
    update: AdminUpdateReasonCode,
  })
