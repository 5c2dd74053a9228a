import { Text, Tooltip } from "@medusajs/ui"
import {
  LoyaltyPointTotals,
  LoyaltyReport,
  LoyaltyReportPeriod,
} from "../../hooks/api/loyalty-reports"
import { formatPoints } from "../../lib/format"
import { ReportCard } from "./report-card"

const series: {
  key: keyof Omit<LoyaltyPointTotals, "adjusted">
  label: string
  color: string
}[] = [
  { key: "earned", label: "Earned", color: "bg-ui-tag-green-icon" },
  { key: "redeemed", label: "Redeemed", color: "bg-ui-tag-blue-icon" },
  { key: "reversed", label: "Reversed", color: "bg-ui-tag-orange-icon" },
  { key: "expired", label: "Expired", color: "bg-ui-tag-red-icon" },
]

// Sizes inline: the dashboard's stylesheet only ships the utility classes it
// uses itself, so a plugin's h-56 or h-[224px] would silently be missing.
const CHART_HEIGHT = 224

type PointsByPeriodChartProps = {
  rows: LoyaltyReport["points_by_period"]
  totals: LoyaltyPointTotals
  period: LoyaltyReportPeriod
}

// "YYYY-MM-DD": months need the year, days and weeks read better without it.
const periodLabel = (start: string, period: LoyaltyReportPeriod) =>
  period === "month" ? start.slice(0, 7) : start.slice(5)

/** Grouped bars per period; bar height is the magnitude of each movement. */
export const PointsByPeriodChart = ({
  rows,
  totals,
  period,
}: PointsByPeriodChartProps) => {
  const max = Math.max(
    1,
    ...rows.flatMap((row) => series.map(({ key }) => Math.abs(row[key])))
  )

  return (
    <ReportCard
      title="Points by period"
      description={`Adjusted in this range: ${formatPoints(totals.adjusted)}`}
    >
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {series.map(({ key, label, color }) => (
          <div key={key} className="flex items-center gap-x-2">
            <span className={`${color} h-2 w-2 rounded-full`} />
            <Text size="small" leading="compact" className="text-ui-fg-subtle">
              {label}
            </Text>
            <Text size="small" leading="compact" weight="plus">
              {formatPoints(totals[key])}
            </Text>
          </div>
        ))}
      </div>
      {rows.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No points movements in this range.
        </Text>
      ) : (
        <div
          className="flex items-end gap-x-3 overflow-x-auto pb-1"
          style={{ height: CHART_HEIGHT }}
          data-testid="points-chart"
        >
          {rows.map((row) => (
            <Tooltip
              key={row.period_start}
              content={
                <div className="flex flex-col">
                  <span className="font-medium">{row.period_start}</span>
                  {series.map(({ key, label }) => (
                    <span key={key}>
                      {label}: {formatPoints(row[key])}
                    </span>
                  ))}
                </div>
              }
            >
              <div className="flex h-full shrink-0 flex-col items-center gap-y-1">
                <div className="flex flex-1 items-end gap-x-[1px]">
                  {series.map(({ key, color }) => (
                    <div
                      key={key}
                      className={`${color} w-2 rounded-t-sm`}
                      style={{ height: `${(Math.abs(row[key]) / max) * 100}%` }}
                      data-testid="chart-bar"
                    />
                  ))}
                </div>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {periodLabel(row.period_start, period)}
                </Text>
              </div>
            </Tooltip>
          ))}
        </div>
      )}
    </ReportCard>
  )
}
