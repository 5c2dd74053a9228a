import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validators"
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
    middlewares: [validateBody(StoreCreateReturnRequest)],
  },
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
