import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DisputeReport } from "../../../modules/return-dispute/types"
import { returnDisputeStep } from "../../utils/module-step"

export const buildDisputeReportStepId = "build-dispute-report"

export type BuildDisputeReportStepInput = { from: Date; to: Date }

/** The dispute report with the period it covers. */
export type DisputeReportWithPeriod = DisputeReport & {
  from: string
  to: string
}

/**
 * Dispute figures of the disputes opened in the period (read-only).
 *
 * @example
 * const report = buildDisputeReportStep({ from, to })
 */
export const buildDisputeReportStep = returnDisputeStep(
  buildDisputeReportStepId,
  async (input: BuildDisputeReportStepInput, service) => {
    const from = new Date(input.from)
    const to = new Date(input.to)
    const report = await service.disputeReport(from, to)
    return new StepResponse<DisputeReportWithPeriod>({
      from: from.toISOString(),
      to: to.toISOString(),
      ...report,
    })
  }
)
