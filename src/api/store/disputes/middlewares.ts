import type { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, validateBody, validateQuery } from "../../utils/validators"
import { disputeFields } from "../../utils/disputes"
import { evidenceUpload } from "../../utils/evidence-upload"
import { customerOwns, signedInCustomerOnly } from "../../utils/customer-owns"
import {
  customerOrGuestOnly,
  guestOrderBody,
} from "../../utils/customer-or-guest"
import {
  DisputeEvidenceFields,
  StoreCreateDispute,
  StoreCreateDisputeMessage,
  StoreGetDisputesParams,
  StoreRateDispute,
} from "./validators"

export const storeDisputeRoutesMiddlewares: MiddlewareRoute[] = [
  // A guest session (return portal) reaches these too, limited to its order.
  ...customerOrGuestOnly("/store/disputes*"),
  // Members only: a guest's list is /store/return-portal/disputes.
  ...signedInCustomerOnly("/store/customers/me/disputes*"),
  bodyRoute("/store/disputes", StoreCreateDispute),
  {
    method: ["POST"],
    matcher: "/store/disputes",
    middlewares: [guestOrderBody],
  },
  {
    method: ["GET"],
    matcher: "/store/disputes/:id",
    middlewares: [customerOwns("dispute", "Dispute")],
  },
  {
    method: ["GET"],
    matcher: "/store/disputes/:id/evidence/:evidence_id/file",
    middlewares: [customerOwns("dispute", "Dispute")],
  },
  {
    method: ["POST"],
    matcher: "/store/disputes/:id/messages",
    middlewares: [
      customerOwns("dispute", "Dispute"),
      validateBody(StoreCreateDisputeMessage),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/disputes/:id/evidence",
    middlewares: [
      customerOwns("dispute", "Dispute"),
      evidenceUpload,
      validateBody(DisputeEvidenceFields),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/disputes/:id/rating",
    middlewares: [
      customerOwns("dispute", "Dispute"),
      validateBody(StoreRateDispute),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/disputes",
    middlewares: [
      validateQuery(StoreGetDisputesParams, {
        defaults: disputeFields,
        // Messages must not be requestable here: internal notes.
        allowed: disputeFields,
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
]
