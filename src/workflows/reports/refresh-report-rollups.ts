import { refreshReportRollupsStep } from "./steps/refresh-report-rollups"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export * from "./steps/refresh-report-rollups"

export const refreshReportRollupsWorkflowId = "refresh-report-rollups"

/**
 * Rolls up the days of return requests and of the points ledger written
 * since the last run, so the reports read stored days instead of
 * aggregating them again. Safe on several instances at once (one refresh
 * runs at a time; the others return) and never needed for correctness.
 *
 * @example
 * await refreshReportRollupsWorkflow(container).run({ input: undefined })
 */
export const refreshReportRollupsWorkflow = singleStepWorkflow(
  refreshReportRollupsWorkflowId,
  refreshReportRollupsStep
)
