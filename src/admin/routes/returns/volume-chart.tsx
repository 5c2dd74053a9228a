import { Text, Tooltip } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import {
  ReturnReport,
  ReturnReportGroupBy,
} from "../../hooks/api/return-reports"
import { formatPoints } from "../../lib/format"
import { ReportCard } from "../loyalty/report-card"

const series = [
  { key: "requests", label: "Requests", color: "bg-ui-tag-blue-icon" },
  { key: "items", label: "Items", color: "bg-ui-tag-purple-icon" },
] as const

// Periods start "YYYY-MM-DD": months need the year, days and weeks read
// better without it.
const periodLabel = (start: string, groupBy: ReturnReportGroupBy) =>
  groupBy === "month" ? start.slice(0, 7) : start.slice(5, 10)

// Sizes inline: the dashboard's stylesheet only ships the utility classes it
// uses itself, so a plugin's h-56 or h-[224px] would silently be missing.
const CHART_HEIGHT = 224

type VolumeChartProps = {
  rows: ReturnReport["volume"]
  groupBy: ReturnReportGroupBy
}

/** Requests and items per period, as grouped bars. */
export const VolumeChart = ({ rows, groupBy }: VolumeChartProps) => {
  const max = Math.max(
    1,
    ...rows.flatMap((row) => series.map(({ key }) => row[key]))
  )
  // The latest periods matter most: start scrolled to the end.
  const scroller = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (scroller.current) {
      scroller.current.scrollLeft = scroller.current.scrollWidth
    }
  }, [rows])
  const totals = {
    requests: rows.reduce((sum, r) => sum + r.requests, 0),
    items: rows.reduce((sum, r) => sum + r.items, 0),
  }

  return (
    <ReportCard title="Return volume">
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
          No return requests in this range.
        </Text>
      ) : (
        <div
          ref={scroller}
          className="flex items-end gap-x-3 overflow-x-auto pb-1"
          style={{ height: CHART_HEIGHT }}
          data-testid="volume-chart"
        >
          {rows.map((row) => (
            <Tooltip
              key={row.period}
              content={
                <div className="flex flex-col">
                  <span className="font-medium">{row.period.slice(0, 10)}</span>
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
                      style={{ height: `${(row[key] / max) * 100}%` }}
                      data-testid="chart-bar"
                    />
                  ))}
                </div>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {periodLabel(row.period, groupBy)}
                </Text>
              </div>
            </Tooltip>
          ))}
        </div>
      )}
    </ReportCard>
  )
}
