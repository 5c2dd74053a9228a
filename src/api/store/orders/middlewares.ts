import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validators"
import { StoreGetReturnEligibilityParams } from "./validators"

export const storeOrderReturnRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id/return-eligibility",
    middlewares: [
      // Medusa's own order routes need no login (the id is the secret);
      // eligibility shows the customer's tier and history, so it does.
      authenticate("customer", ["session", "bearer"]),
      validateQuery(StoreGetReturnEligibilityParams, {}),
    ],
  },
]
