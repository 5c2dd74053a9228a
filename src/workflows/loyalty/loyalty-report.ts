import { buildLoyaltyReportStep } from "./steps/build-loyalty-report"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const loyaltyReportWorkflowId = "loyalty-report"

/**
 * The program report for marketing and compliance: members per tier, points
 * issued/redeemed/reversed/expired per period, redemption rate, repeat
 * purchase of members vs non-members, accrual and balance accuracy.
 *
 * @example
 * const { result } = await loyaltyReportWorkflow(container).run({
 *   input: { from: new Date("2026-01-01"), to: new Date(), period: "month" },
 * })
 */
export const loyaltyReportWorkflow = singleStepWorkflow(
  loyaltyReportWorkflowId,
  buildLoyaltyReportStep
)
