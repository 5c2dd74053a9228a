import type { ReportResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import {
  loyaltyReportWorkflow,
  type LoyaltyReport,
} from "../../../../workflows/loyalty"
import { sendReportCsv } from "../../../utils/csv"
import type { AdminGetLoyaltyReportParamsType } from "./validators"

/** One row per figure, so the CSV opens as a plain table in a spreadsheet. */
const toRows = (report: LoyaltyReport) => [
  ...report.members_per_tier.map((t) => ({
    section: "members_per_tier",
    period_start: "",
    metric: t.tier_name,
    value: t.members,
  })),
  ...report.points_by_period.flatMap((p) =>
    (["earned", "redeemed", "reversed", "expired", "adjusted"] as const).map(
      (metric) => ({
        section: "points",
        period_start: p.period_start,
        metric,
        value: p[metric],
      })
    )
  ),
  ...Object.entries(report.totals).map(([metric, value]) => ({
    section: "points_total",
    period_start: "",
    metric,
    value,
  })),
  ...Object.entries(report.redemption).map(([metric, value]) => ({
    section: "redemption",
    period_start: "",
    metric,
    value,
  })),
  ...(["members", "non_members"] as const).flatMap((cohort) =>
    Object.entries(report.repeat_purchase[cohort]).map(([metric, value]) => ({
      section: `repeat_purchase_${cohort}`,
      period_start: "",
      metric,
      value,
    }))
  ),
  ...(["customer_orders", "with_points", "accuracy"] as const).map(
    (metric) => ({
      section: "accrual",
      period_start: "",
      metric,
      value: report.accrual[metric],
    })
  ),
  ...(["accounts_checked", "mismatched", "accuracy"] as const).map(
    (metric) => ({
      section: "reconciliation",
      period_start: "",
      metric,
      value: report.reconciliation[metric],
    })
  ),
]

/** The loyalty program report, as JSON or (`format=csv`) a CSV download. */
export const GET: AdminRoute<
  ReportResponse<LoyaltyReport>,
  unknown,
  AdminGetLoyaltyReportParamsType
> = async (req, res) => {
  const { from, to, period, format } =
    req.validatedQuery as unknown as AdminGetLoyaltyReportParamsType
  const { result } = await loyaltyReportWorkflow(req.scope).run({
    input: { from, to, period },
  })

  if (format === "csv") {
    return sendReportCsv(res, {
      name: "loyalty-report",
      from,
      to,
      keys: ["section", "period_start", "metric", "value"],
      rows: toRows(result),
    })
  }
  res.json({ report: result })
}
