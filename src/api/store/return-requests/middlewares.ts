import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  StoreCancelReturnRequest,
  StoreCreateReturnRequest,
  StoreGetReturnRequestsParams,
} from "./validators"
import { customerOwns } from "../../utils/customer-owns"

export const storeReturnRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/return-requests*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/customers/me/return-requests",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/return-requests",
    middlewares: [validateAndTransformBody(StoreCreateReturnRequest)],
  },
  {
    method: ["POST"],
    matcher: "/store/return-requests/:id/cancel",
    middlewares: [
      customerOwns("return_request", "Return request"),
      validateAndTransformBody(StoreCancelReturnRequest),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/return-requests",
    middlewares: [
      validateAndTransformQuery(StoreGetReturnRequestsParams, {
        defaults: ["id"],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
]
