import { Text, Tooltip } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { formatPoints } from "../../lib/format"
import { ReportCard } from "./report-card"

// Sizes inline: the dashboard's stylesheet only ships the utility classes it
// uses itself, so a plugin's h-56 or h-[224px] would silently be missing.
const CHART_HEIGHT = 224

/** One measure of a {@link GroupedBarChart}, with its legend colour. */
export type ChartSeries<K extends string> = {
  key: K
  label: string
  color: string
}

/** One period of a {@link GroupedBarChart}. */
export type ChartGroup<K extends string> = {
  key: string
  /** Under the bars, e.g. "03-14". */
  label: string
  /** First line of the tooltip, e.g. the full date. */
  title: string
  /** A bar's height is the magnitude of its value. */
  values: Record<K, number>
}

type GroupedBarChartProps<K extends string> = {
  title: string
  description?: string
  series: ChartSeries<K>[]
  /** The legend's figure per series. */
  totals: Record<K, number>
  groups: ChartGroup<K>[]
  empty: string
  testId: string
  /** Start scrolled to the latest periods. */
  startAtEnd?: boolean
}

/** A legend with totals, then one group of bars per period. */
export const GroupedBarChart = <K extends string>({
  title,
  description,
  series,
  totals,
  groups,
  empty,
  testId,
  startAtEnd,
}: GroupedBarChartProps<K>) => {
  const max = Math.max(
    1,
    ...groups.flatMap((g) => series.map(({ key }) => Math.abs(g.values[key])))
  )
  const scroller = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (startAtEnd && scroller.current) {
      scroller.current.scrollLeft = scroller.current.scrollWidth
    }
  }, [groups, startAtEnd])

  return (
    <ReportCard title={title} description={description}>
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
      {groups.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {empty}
        </Text>
      ) : (
        <div
          ref={scroller}
          className="flex items-end gap-x-3 overflow-x-auto pb-1"
          style={{ height: CHART_HEIGHT }}
          data-testid={testId}
        >
          {groups.map((group) => (
            <Tooltip
              key={group.key}
              content={
                <div className="flex flex-col">
                  <span className="font-medium">{group.title}</span>
                  {series.map(({ key, label }) => (
                    <span key={key}>
                      {label}: {formatPoints(group.values[key])}
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
                      style={{
                        height: `${(Math.abs(group.values[key]) / max) * 100}%`,
                      }}
                      data-testid="chart-bar"
                    />
                  ))}
                </div>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {group.label}
                </Text>
              </div>
            </Tooltip>
          ))}
        </div>
      )}
    </ReportCard>
  )
}

/** A period start ("YYYY-MM-DD…") as the chart reads it: months need the year, days and weeks read better without it. */
export const periodLabel = (start: string, period: "day" | "week" | "month") =>
  period === "month" ? start.slice(0, 7) : start.slice(5, 10)
