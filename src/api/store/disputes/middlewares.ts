import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { evidenceUpload } from "../../admin/disputes/evidence-upload"
import { disputeFields } from "../../admin/disputes/helpers"
import { customerOwns } from "../../utils/customer-owns"
import {
  DisputeEvidenceFields,
  StoreCreateDispute,
  StoreCreateDisputeMessage,
  StoreGetDisputesParams,
  StoreRateDispute,
} from "./validators"

export const storeDisputeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/disputes*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/customers/me/disputes*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/disputes",
    middlewares: [validateAndTransformBody(StoreCreateDispute)],
  },
  {
    method: ["POST"],
    matcher: "/store/disputes/:id/messages",
    middlewares: [
      customerOwns("dispute", "Dispute"),
      validateAndTransformBody(StoreCreateDisputeMessage),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/disputes/:id/evidence",
    middlewares: [
      customerOwns("dispute", "Dispute"),
      evidenceUpload,
      validateAndTransformBody(DisputeEvidenceFields),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/disputes/:id/rating",
    middlewares: [
      customerOwns("dispute", "Dispute"),
      validateAndTransformBody(StoreRateDispute),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/disputes",
    middlewares: [
      validateAndTransformQuery(StoreGetDisputesParams, {
        defaults: disputeFields,
        // Messages must not be requestable here: internal notes.
        allowed: disputeFields,
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
]
