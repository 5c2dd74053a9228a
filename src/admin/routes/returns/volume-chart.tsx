import {
  ChartSeries,
  GroupedBarChart,
  periodLabel,
} from "../../components/reports/grouped-bar-chart"
import {
  ReturnReport,
  ReturnReportGroupBy,
} from "../../hooks/api/return-reports"

const series: ChartSeries<"requests" | "items">[] = [
  { key: "requests", label: "Requests", color: "bg-ui-tag-blue-icon" },
  { key: "items", label: "Items", color: "bg-ui-tag-purple-icon" },
]

type VolumeChartProps = {
  rows: ReturnReport["volume"]
  groupBy: ReturnReportGroupBy
}

/** Requests and items per period, as grouped bars. */
export const VolumeChart = ({ rows, groupBy }: VolumeChartProps) => (
  <GroupedBarChart
    title="Return volume"
    series={series}
    totals={{
      requests: rows.reduce((sum, r) => sum + r.requests, 0),
      items: rows.reduce((sum, r) => sum + r.items, 0),
    }}
    groups={rows.map((row) => ({
      key: row.period,
      label: periodLabel(row.period, groupBy),
      title: row.period.slice(0, 10),
      values: row,
    }))}
    empty="No return requests in this range."
    testId="volume-chart"
    // The latest periods matter most.
    startAtEnd
  />
)
