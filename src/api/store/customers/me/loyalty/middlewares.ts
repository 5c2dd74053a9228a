import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { signedInCustomerOnly } from "../../../../utils/customer-owns"
import { bodyRoute, validateQuery } from "../../../../utils/validators"
import {
  StoreCreateRedemption,
  StoreGetPointsParams,
  StoreGetRedemptionsParams,
  StoreGetRewardsParams,
} from "./validators"
import { rewardFields } from "../../../../utils/loyalty-rewards"
import {
  ledgerEntryFields,
  ledgerQueryConfig,
} from "../../../../utils/customer-ledger"

export const storeLoyaltyRoutesMiddlewares: MiddlewareRoute[] = [
  ...signedInCustomerOnly("/store/customers/me/loyalty*"),
  {
    method: ["GET"],
    matcher: "/store/customers/me/loyalty/points",
    middlewares: [
      validateQuery(StoreGetPointsParams, ledgerQueryConfig(ledgerEntryFields)),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/loyalty/redemptions",
    middlewares: [
      validateQuery(StoreGetRedemptionsParams, {
        defaults: ["id"],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  bodyRoute("/store/customers/me/loyalty/redemptions", StoreCreateRedemption),
  {
    method: ["GET"],
    matcher: "/store/loyalty/rewards",
    middlewares: [
      // Signed-in customers also learn whether they can redeem each reward.
      authenticate("customer", ["session", "bearer"], {
        allowUnauthenticated: true,
      }),
      validateQuery(StoreGetRewardsParams, {
        defaults: rewardFields,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
]
