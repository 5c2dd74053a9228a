import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"
import type { ReturnRequestReport } from "../../../modules/return-policy/service"

/** The module key of the dispute module, when the store has it. */
export const RETURN_DISPUTE_MODULE_KEY = "return_dispute"

export type BuildReturnPolicyReportStepInput = {
  /** Dates or ISO strings: workflow inputs are serialized. */
  from: Date | string
  to: Date | string
  group_by: "day" | "week" | "month"
  /** Omitted: every tier; null: only requests made without a tier. */
  tier_id?: string | null
}

export type ReturnPolicyReport = ReturnRequestReport & {
  from: string
  to: string
  group_by: "day" | "week" | "month"
  tier_id: string | null
  /**
   * Whether the dispute module is installed; without it `disputed` and
   * `dispute_rate` are 0.
   */
  disputes_tracked: boolean
}

export const buildReturnPolicyReportStepId = "build-return-policy-report"

/**
 * The report from the return-policy module's own SQL: it aggregates the
 * requests (no request rows are loaded), disputed ones included, as the
 * open-dispute workflow marks them on the request. `disputes` only says
 * whether the store tracks disputes at all. Shared by the step and
 * `bench/reports`, so the benchmark times this code.
 */
export const assembleReturnPolicyReport = async (
  services: {
    policies: ReturnPolicyModuleService
    disputes?: unknown
  },
  raw: BuildReturnPolicyReportStepInput
): Promise<ReturnPolicyReport> => {
  const from = new Date(raw.from)
  const to = new Date(raw.to)
  const figures = await services.policies.reportReturnRequests({
    from,
    to,
    group_by: raw.group_by,
    tier_id: raw.tier_id,
  })
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    group_by: raw.group_by,
    tier_id: raw.tier_id ?? null,
    disputes_tracked: !!services.disputes,
    ...figures,
  }
}

/**
 * Assembles the returns report: the return-policy module aggregates the
 * requests created in [from, to], their disputes included; whether the
 * dispute module is registered decides `disputes_tracked`.
 *
 * @example
 * const report = buildReturnPolicyReportStep({ from, to, group_by: "week" })
 */
export const buildReturnPolicyReportStep = createStep(
  buildReturnPolicyReportStepId,
  async (raw: BuildReturnPolicyReportStepInput, { container }) => {
    const disputes = container.hasRegistration(RETURN_DISPUTE_MODULE_KEY)
      ? container.resolve(RETURN_DISPUTE_MODULE_KEY)
      : undefined
    const report = await assembleReturnPolicyReport(
      { policies: container.resolve(RETURN_POLICY_MODULE), disputes },
      raw
    )
    return new StepResponse(report)
  }
)
