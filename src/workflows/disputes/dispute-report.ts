import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  buildDisputeReportStep,
  type BuildDisputeReportStepInput,
} from "./steps/build-dispute-report"

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
export const disputeReportWorkflow = createWorkflow(
  disputeReportWorkflowId,
  (input: BuildDisputeReportStepInput) => {
    return new WorkflowResponse(buildDisputeReportStep(input))
  }
)
