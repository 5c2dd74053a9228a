import { checkLoyaltyBalancesStep } from "./steps/check-loyalty-balances"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const checkLoyaltyBalancesWorkflowId = "check-loyalty-balances"

/**
 * The balance reconciliation as a stored check: every account's stored
 * available and pending points against its ledger. The nightly job runs it;
 * `POST /admin/loyalty/balance-checks` runs it on demand. Summing a large
 * ledger takes seconds, so the program report reads the latest check
 * instead of reconciling on every request.
 *
 * @example
 * const { result } = await checkLoyaltyBalancesWorkflow(container).run({
 *   input: { checked_by: "nightly" },
 * })
 */
export const checkLoyaltyBalancesWorkflow = singleStepWorkflow(
  checkLoyaltyBalancesWorkflowId,
  checkLoyaltyBalancesStep
)
