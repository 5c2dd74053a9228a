import type { ReportResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import {
  returnPolicyReportWorkflow,
  type ReturnPolicyReport,
} from "../../../../workflows/return-policy"
import { sendReportCsv } from "../../../utils/csv"
import type { AdminGetReturnPolicyReportParamsType } from "./validators"

const FIGURES = [
  "requests",
  "auto_approved",
  "auto_approved_share",
  "reviewed",
  "pending_review",
  "approved",
  "rejected",
  "canceled",
  "disputed",
  "dispute_rate",
  "decided",
  "median_decision_seconds",
  "p90_decision_seconds",
  "exchanges",
  "exchange_share",
] as const

type Row = {
  section: string
  key: string
  label: string
  metric: string
  value: number | string
}

/** Revenue kept by exchanges, one figure per currency (`revenue_kept_eur`). */
const revenueRows = (
  figures: ReturnPolicyReport["totals"],
  row: Omit<Row, "metric" | "value">
): Row[] =>
  figures.revenue_kept.map((kept) => ({
    ...row,
    metric: `revenue_kept_${kept.currency_code}`,
    value: kept.amount,
  }))

/** One row per figure, so the CSV opens as a plain table in a spreadsheet. */
const toRows = (report: ReturnPolicyReport): Row[] => [
  ...FIGURES.map((metric) => ({
    section: "totals",
    key: "",
    label: "",
    metric,
    value: report.totals[metric] ?? "",
  })),
  ...revenueRows(report.totals, { section: "totals", key: "", label: "" }),
  ...report.per_tier.flatMap((tier) => [
    ...FIGURES.map((metric) => ({
      section: "per_tier",
      key: tier.tier_id ?? "none",
      label: tier.tier_name,
      metric,
      value: tier[metric] ?? "",
    })),
    ...revenueRows(tier, {
      section: "per_tier",
      key: tier.tier_id ?? "none",
      label: tier.tier_name,
    }),
  ]),
  ...report.volume.flatMap((bucket) =>
    (["requests", "items"] as const).map((metric) => ({
      section: "volume",
      key: bucket.period,
      label: "",
      metric,
      value: bucket[metric],
    }))
  ),
  ...report.reasons.flatMap((reason) =>
    (["items", "requests", "share"] as const).map((metric) => ({
      section: "reasons",
      key: reason.reason_code,
      label: reason.label,
      metric,
      value: reason[metric],
    }))
  ),
  ...report.channels.map((channel) => ({
    section: "channels",
    key: channel.channel,
    label: "",
    metric: "requests",
    value: channel.requests,
  })),
]

/** The returns report, as JSON or (`format=csv`) a CSV download. */
export const GET: AdminRoute<
  ReportResponse<ReturnPolicyReport>,
  unknown,
  AdminGetReturnPolicyReportParamsType
> = async (req, res) => {
  const { from, to, group_by, tier_id, format } =
    req.validatedQuery as unknown as AdminGetReturnPolicyReportParamsType
  const { result: report } = await returnPolicyReportWorkflow(req.scope).run({
    input: { from, to, group_by, tier_id },
  })

  if (format === "csv") {
    return sendReportCsv(res, {
      name: "return-policy-report",
      from: report.from,
      to: report.to,
      keys: ["section", "key", "label", "metric", "value"],
      rows: toRows(report),
    })
  }
  res.json({ report })
}
