import type { MiddlewareRoute } from "@medusajs/framework/http"
import { bodyRoute } from "../../../utils/validators"
import { AdminCreateBalanceCheck } from "./validators"

export const adminLoyaltyBalanceCheckRoutesMiddlewares: MiddlewareRoute[] = [
  bodyRoute("/admin/loyalty/balance-checks", AdminCreateBalanceCheck),
]
