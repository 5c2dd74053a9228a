import { Select } from "@medusajs/ui"
import {
  LoyaltyReportPeriod,
  LoyaltyReportQuery,
} from "../../hooks/api/loyalty-reports"

export type ReportRange = "7d" | "30d" | "90d" | "365d" | "ytd"

const rangeLabels: Record<ReportRange, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "365d": "Last 12 months",
  ytd: "Year to date",
}

const periodLabels: Record<LoyaltyReportPeriod, string> = {
  day: "By day",
  week: "By week",
  month: "By month",
}

/** The grouping that keeps a range readable: about 7 to 30 bars. */
export const defaultPeriodFor = (range: ReportRange): LoyaltyReportPeriod =>
  range === "7d" || range === "30d" ? "day" : range === "90d" ? "week" : "month"

/**
 * Whole local days, so the query (and its cache key) stays the same for the
 * rest of the day instead of changing on every render.
 */
export const rangeToQuery = (
  range: ReportRange,
  period: LoyaltyReportPeriod
): LoyaltyReportQuery => {
  const to = new Date()
  to.setHours(23, 59, 59, 999)
  const from = new Date(to)
  from.setHours(0, 0, 0, 0)
  if (range === "ytd") {
    from.setMonth(0, 1)
  } else {
    from.setDate(from.getDate() - (parseInt(range, 10) - 1))
  }
  return { from: from.toISOString(), to: to.toISOString(), period }
}

type ReportPeriodSelectorProps = {
  range: ReportRange
  period: LoyaltyReportPeriod
  onRangeChange: (range: ReportRange) => void
  onPeriodChange: (period: LoyaltyReportPeriod) => void
}

export const ReportPeriodSelector = ({
  range,
  period,
  onRangeChange,
  onPeriodChange,
}: ReportPeriodSelectorProps) => (
  <div className="flex shrink-0 items-center gap-x-2">
    <Select
      size="small"
      value={range}
      onValueChange={(v) => onRangeChange(v as ReportRange)}
    >
      <Select.Trigger aria-label="Report range" style={{ width: 160 }}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {Object.entries(rangeLabels).map(([value, label]) => (
          <Select.Item key={value} value={value}>
            {label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
    <Select
      size="small"
      value={period}
      onValueChange={(v) => onPeriodChange(v as LoyaltyReportPeriod)}
    >
      <Select.Trigger aria-label="Group by" style={{ width: 128 }}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {Object.entries(periodLabels).map(([value, label]) => (
          <Select.Item key={value} value={value}>
            {label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)
