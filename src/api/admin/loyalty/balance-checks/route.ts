import type { AdminLoyaltyBalanceCheckResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import { checkLoyaltyBalancesWorkflow } from "../../../../workflows/loyalty"
import type { AdminCreateBalanceCheckType } from "./validators"

/**
 * Reconciles every account with its ledger now and keeps the result as the
 * latest check the program report shows (the nightly job runs one too).
 */
export const POST: AdminRoute<
  AdminLoyaltyBalanceCheckResponse,
  AdminCreateBalanceCheckType
> = async (req, res) => {
  const { result } = await checkLoyaltyBalancesWorkflow(req.scope).run({
    input: { checked_by: req.auth_context.actor_id },
  })
  res.status(201).json({ balance_check: result })
}
