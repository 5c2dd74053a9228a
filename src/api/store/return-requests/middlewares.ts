import type { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, validateBody, validateQuery } from "../../utils/validators"
import {
  StoreCancelReturnRequest,
  StoreCreateReturnRequest,
  StoreGetReturnRequestsParams,
  StorePreviewReturnRequest,
} from "./validators"
import { customerOwns, signedInCustomerOnly } from "../../utils/customer-owns"

export const storeReturnRequestRoutesMiddlewares: MiddlewareRoute[] = [
  ...signedInCustomerOnly(
    "/store/return-requests*",
    "/store/customers/me/return-requests"
  ),
  bodyRoute("/store/return-requests", StoreCreateReturnRequest),
  bodyRoute("/store/return-requests/preview", StorePreviewReturnRequest),
  {
    method: ["POST"],
    matcher: "/store/return-requests/:id/cancel",
    middlewares: [
      customerOwns("return_request", "Return request"),
      validateBody(StoreCancelReturnRequest),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/return-requests",
    middlewares: [
      validateQuery(StoreGetReturnRequestsParams, {
        defaults: ["id"],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
]
