import type { MiddlewareRoute } from "@medusajs/framework/http"
import { customerOrGuest, guestOrderParam } from "../../utils/customer-or-guest"
import { validateQuery } from "../../utils/validators"
import {
  StoreGetExchangeVariantsParams,
  StoreGetReturnEligibilityParams,
} from "./validators"

export const storeOrderReturnRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id/return-eligibility",
    middlewares: [
      // Medusa's own order routes need no login (the id is the secret);
      // eligibility shows the customer's tier and history, so it does: a
      // signed-in customer, or a guest session on this very order.
      customerOrGuest,
      guestOrderParam,
      validateQuery(StoreGetReturnEligibilityParams, {}),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/line-items/:line_item_id/exchange-variants",
    middlewares: [
      // As the eligibility: the customer's own order (or the guest's).
      customerOrGuest,
      guestOrderParam,
      validateQuery(StoreGetExchangeVariantsParams, {}),
    ],
  },
]
