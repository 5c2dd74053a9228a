import type { ReturnRequestReport } from "../../../modules/return-policy/queries/reports"
import type { ReportResponse } from "../../../types/http"
import { reportHooks } from "./reports"

export type ReturnReportGroupBy = "day" | "week" | "month"

export type ReturnReportQuery = {
  from: string
  to: string
  group_by: ReturnReportGroupBy
  /** A loyalty tier id, or `none` for requests made without a tier. */
  tier_id?: string
}

export type ReturnReportTotals = ReturnRequestReport["totals"]
export type ReturnReportTier = ReturnRequestReport["per_tier"][number]

/**
 * `GET /admin/return-policies/reports`. `src/types/http` has no contract for
 * it yet (the route's type lives in a workflow, which the admin cannot load),
 * so it is the module's figures with the period the route adds.
 */
export type ReturnReport = ReturnRequestReport & {
  from: string
  to: string
  group_by: ReturnReportGroupBy
  tier_id: string | null
  /** false when the disputes module is absent: dispute figures mean nothing. */
  disputes_tracked: boolean
}

export type ReturnReportResponse = ReportResponse<ReturnReport>

const returnReport = reportHooks<ReturnReportResponse, ReturnReportQuery>(
  "/admin/return-policies/reports",
  "return_report"
)

export const returnReportQueryKeys = returnReport.keys

export const RETURN_REPORT_PATH = returnReport.path

/** The returns report of a period: `data.report`. */
export const useReturnReport = returnReport.useReport
