import { buildCsrReturnsReportStep } from "./steps/csr-returns-report"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const csrReturnsReportWorkflowId = "csr-returns-report"

/**
 * Customer service figures: average initiation time of CSR returns, volume
 * per channel and per CSR, and the accuracy rate (CSR requests neither
 * canceled nor rejected later), for requests created in [from, to].
 *
 * @example
 * const { result } = await csrReturnsReportWorkflow(container).run({
 *   input: { from: new Date("2026-01-01"), to: new Date() },
 * })
 */
export const csrReturnsReportWorkflow = singleStepWorkflow(
  csrReturnsReportWorkflowId,
  buildCsrReturnsReportStep
)
