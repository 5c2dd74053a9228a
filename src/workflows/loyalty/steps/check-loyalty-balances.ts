import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export type CheckLoyaltyBalancesStepInput = {
  /** "nightly", or the admin user running the check. */
  checked_by: string
}

export const checkLoyaltyBalancesStepId = "check-loyalty-balances"

/**
 * Reconciles every account's stored balances with its ledger and keeps the
 * result as the latest check, which the program report shows. Compensation
 * removes the stored check.
 *
 * @example
 * const check = checkLoyaltyBalancesStep({ checked_by: "nightly" })
 */
export const checkLoyaltyBalancesStep = loyaltyProgramStep(
  checkLoyaltyBalancesStepId,
  async (input: CheckLoyaltyBalancesStepInput, service) => {
    const { id, ...check } = await service.checkBalances(input.checked_by)
    return new StepResponse(check, id)
  },
  async (id, service) => {
    await service.softDeleteLoyaltyBalanceChecks(id)
  }
)
