import type { MiddlewareRoute } from "@medusajs/framework/http"
import { customerOrGuestOnly } from "../../utils/customer-or-guest"
import { disputeFields } from "../../utils/disputes"
import { bodyRoute, validateQuery } from "../../utils/validators"
import {
  StoreCreateGuestSession,
  StoreGetPortalDisputesParams,
  StoreGetPortalReturnRequestsParams,
  StoreRequestGuestAccessCode,
} from "./validators"

/**
 * The return portal: guest access (public: a publishable key, no login;
 * the workflows rate-limit it per order number and per IP), and the lists
 * a signed-in customer or a guest session reads.
 */
export const storeReturnPortalRoutesMiddlewares: MiddlewareRoute[] = [
  bodyRoute("/store/return-portal/guest/code", StoreRequestGuestAccessCode),
  bodyRoute("/store/return-portal/guest/session", StoreCreateGuestSession),
  ...customerOrGuestOnly(
    "/store/return-portal/return-requests",
    "/store/return-portal/disputes"
  ),
  {
    method: ["GET"],
    matcher: "/store/return-portal/return-requests",
    middlewares: [
      validateQuery(StoreGetPortalReturnRequestsParams, {
        defaults: ["id"],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/return-portal/disputes",
    middlewares: [
      validateQuery(StoreGetPortalDisputesParams, {
        defaults: disputeFields,
        // Messages must not be requestable here: internal notes.
        allowed: disputeFields,
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
]
