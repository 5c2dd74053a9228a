import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CsrReturnReport } from "../../../modules/return-policy/service"
import { returnPolicyStep } from "../../utils/module-step"

export const buildCsrReturnsReportStepId = "build-csr-returns-report"

export type BuildCsrReturnsReportStepInput = {
  from?: Date | null
  to?: Date | null
}

/** The customer service report with the period it covers (null: open). */
export type CsrReturnsReportWithPeriod = CsrReturnReport & {
  from: string | null
  to: string | null
}

/**
 * Customer service figures of the return requests created in the period
 * (read-only).
 *
 * @example
 * const report = buildCsrReturnsReportStep({ from, to })
 */
export const buildCsrReturnsReportStep = returnPolicyStep(
  buildCsrReturnsReportStepId,
  async (input: BuildCsrReturnsReportStepInput, service) => {
    const from = input.from ? new Date(input.from) : null
    const to = input.to ? new Date(input.to) : null
    const report = await service.reportCsrReturns({ from, to })
    return new StepResponse<CsrReturnsReportWithPeriod>({
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      ...report,
    })
  }
)
