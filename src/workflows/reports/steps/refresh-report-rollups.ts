import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"

export const refreshReportRollupsStepId = "refresh-report-rollups"

/**
 * Recomputes the per-day rollups of the returns and program reports for
 * the days written since the last refresh. Nothing to compensate: a
 * rollup is recomputed from its rows, and the reports read a day live
 * until it is rolled up.
 *
 * @example
 * const { returns, ledger } = refreshReportRollupsStep()
 */
export const refreshReportRollupsStep = createStep(
  refreshReportRollupsStepId,
  async (_: void, { container }) => {
    const returns = await container
      .resolve<ReturnPolicyModuleService>(RETURN_POLICY_MODULE)
      .refreshReportRollup()
    const ledger = await container
      .resolve<LoyaltyProgramModuleService>(LOYALTY_PROGRAM_MODULE)
      .refreshReportRollup()
    return new StepResponse({
      returns_days: returns.days,
      ledger_days: ledger.days,
    })
  }
)
