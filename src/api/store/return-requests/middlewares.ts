import type { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, validateBody, validateQuery } from "../../utils/validators"
import {
  StoreCancelReturnRequest,
  StoreCreateReturnRequest,
  StoreGetReturnRequestsParams,
  StorePreviewReturnRequest,
  StoreReturnMethod,
  StoreReturnRequestEvidenceFields,
} from "./validators"
import { evidenceUpload } from "../../utils/evidence-upload"
import { customerOwns, signedInCustomerOnly } from "../../utils/customer-owns"
import {
  customerOrGuestOnly,
  guestOrderBody,
} from "../../utils/customer-or-guest"

export const storeReturnRequestRoutesMiddlewares: MiddlewareRoute[] = [
  // A guest session (return portal) reaches these too, limited to its order.
  ...customerOrGuestOnly("/store/return-requests*"),
  // Members only: a guest's list is /store/return-portal/return-requests.
  ...signedInCustomerOnly("/store/customers/me/return-requests"),
  bodyRoute("/store/return-requests", StoreCreateReturnRequest),
  bodyRoute("/store/return-requests/preview", StorePreviewReturnRequest),
  {
    method: ["POST"],
    matcher: "/store/return-requests",
    middlewares: [guestOrderBody],
  },
  {
    method: ["POST"],
    matcher: "/store/return-requests/preview",
    middlewares: [guestOrderBody],
  },
  {
    method: ["GET"],
    matcher: "/store/return-requests/:id",
    middlewares: [customerOwns("return_request", "Return request")],
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
    method: ["POST"],
    matcher: "/store/return-requests/:id/return-method",
    middlewares: [
      customerOwns("return_request", "Return request"),
      validateBody(StoreReturnMethod),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/return-requests/:id/evidence",
    middlewares: [
      customerOwns("return_request", "Return request"),
      evidenceUpload,
      validateBody(StoreReturnRequestEvidenceFields),
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
