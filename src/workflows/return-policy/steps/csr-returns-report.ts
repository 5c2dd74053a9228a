import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type {
  CsrReturnReport,
  default as ReturnPolicyModuleService,
} from "../../../modules/return-policy/service"
import { moduleStep } from "../../utils/module-step"

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
export const buildCsrReturnsReportStep = moduleStep(
  buildCsrReturnsReportStepId,
  RETURN_POLICY_MODULE,
  async (
    input: BuildCsrReturnsReportStepInput,
    service: ReturnPolicyModuleService
  ) => {
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
