import { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute, validateQuery } from "../../../utils/validators"
import {
  AdminAdjustPoints,
  AdminGetAccountPointsParams,
  AdminGetAccountsParams,
  AdminLockTier,
} from "./validators"
import { adminAccountFields } from "./helpers"
import {
  ledgerEntryFields,
  ledgerQueryConfig,
} from "../../../utils/customer-ledger"

export const adminLoyaltyAccountRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/loyalty/accounts",
    middlewares: [
      validateQuery(AdminGetAccountsParams, {
        defaults: adminAccountFields,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/loyalty/accounts/:customer_id/points",
    middlewares: [
      validateQuery(
        AdminGetAccountPointsParams,
        ledgerQueryConfig([...ledgerEntryFields, "created_by"])
      ),
    ],
  },
  bodyRoute("/admin/loyalty/accounts/:customer_id/adjust", AdminAdjustPoints),
  bodyRoute("/admin/loyalty/accounts/:customer_id/tier-lock", AdminLockTier),
]
