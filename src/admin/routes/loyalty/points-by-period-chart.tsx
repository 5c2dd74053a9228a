import {
  ChartSeries,
  GroupedBarChart,
  periodLabel,
} from "../../components/reports/grouped-bar-chart"
import {
  LoyaltyPointTotals,
  LoyaltyReport,
  LoyaltyReportPeriod,
} from "../../hooks/api/loyalty-reports"
import { formatPoints } from "../../lib/format"

type Movement = keyof Omit<LoyaltyPointTotals, "adjusted">

const series: ChartSeries<Movement>[] = [
  { key: "earned", label: "Earned", color: "bg-ui-tag-green-icon" },
  { key: "redeemed", label: "Redeemed", color: "bg-ui-tag-blue-icon" },
  { key: "reversed", label: "Reversed", color: "bg-ui-tag-orange-icon" },
  { key: "expired", label: "Expired", color: "bg-ui-tag-red-icon" },
]

type PointsByPeriodChartProps = {
  rows: LoyaltyReport["points_by_period"]
  totals: LoyaltyPointTotals
  period: LoyaltyReportPeriod
}

/** Grouped bars per period; bar height is the magnitude of each movement. */
export const PointsByPeriodChart = ({
  rows,
  totals,
  period,
}: PointsByPeriodChartProps) => (
  <GroupedBarChart
    title="Points by period"
    description={`Adjusted in this range: ${formatPoints(totals.adjusted)}`}
    series={series}
    totals={totals}
    groups={rows.map((row) => ({
      key: row.period_start,
      label: periodLabel(row.period_start, period),
      title: row.period_start,
      values: row,
    }))}
    empty="No points movements in this range."
    testId="points-chart"
  />
)
