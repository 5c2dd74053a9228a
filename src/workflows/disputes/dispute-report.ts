import { buildDisputeReportStep } from "./steps/build-dispute-report"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const disputeReportWorkflowId = "dispute-report"

/**
 * Dispute figures for disputes opened between `from` and `to`: resolution
 * times, first-contact resolution, satisfaction, reasons, evidence and
 * templates; open load and overdue count are as of now.
 *
 * @example
 * const { result } = await disputeReportWorkflow(container).run({
 *   input: { from: new Date("2026-01-01"), to: new Date() },
 * })
 */
export const disputeReportWorkflow = singleStepWorkflow(
  disputeReportWorkflowId,
  buildDisputeReportStep
)
