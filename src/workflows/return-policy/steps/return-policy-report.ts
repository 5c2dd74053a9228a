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

type DisputeModuleService = {
  listDisputes: (
    filters: Record<string, unknown>,
    config: Record<string, unknown>
  ) => Promise<{ return_request_id?: string | null }[]>
}

export const buildReturnPolicyReportStepId = "build-return-policy-report"

// Disputes are read in pages so a busy period does not come back as one
// result; only their request ids are kept.
const DISPUTE_PAGE = 1000

/**
 * Assembles the returns report: the return-policy module aggregates the
 * requests created in [from, to], and the dispute module, when it is
 * registered, says which of them were disputed (a dispute can only follow
 * its request, so disputes opened before `from` are not read).
 *
 * @example
 * const report = buildReturnPolicyReportStep({ from, to, group_by: "week" })
 */
export const buildReturnPolicyReportStep = createStep(
  buildReturnPolicyReportStepId,
  async (raw: BuildReturnPolicyReportStepInput, { container }) => {
    const from = new Date(raw.from)
    const to = new Date(raw.to)
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)

    const disputesTracked = container.hasRegistration(RETURN_DISPUTE_MODULE_KEY)
    const disputed = new Set<string>()
    if (disputesTracked) {
      const disputes: DisputeModuleService = container.resolve(
        RETURN_DISPUTE_MODULE_KEY
      )
      for (let skip = 0; ; skip += DISPUTE_PAGE) {
        const page = await disputes.listDisputes(
          { created_at: { $gte: from } },
          {
            select: ["id", "return_request_id"],
            skip,
            take: DISPUTE_PAGE,
            order: { id: "ASC" },
          }
        )
        for (const dispute of page) {
          if (dispute.return_request_id) {
            disputed.add(dispute.return_request_id)
          }
        }
        if (page.length < DISPUTE_PAGE) {
          break
        }
      }
    }

    const figures = await service.reportReturnRequests({
      from,
      to,
      group_by: raw.group_by,
      tier_id: raw.tier_id,
      disputed_request_ids: [...disputed],
    })

    const report: ReturnPolicyReport = {
      from: from.toISOString(),
      to: to.toISOString(),
      group_by: raw.group_by,
      tier_id: raw.tier_id ?? null,
      disputes_tracked: disputesTracked,
      ...figures,
    }
    return new StepResponse(report)
  }
)
