import { Text, Tooltip } from "@medusajs/ui"
import { ReactNode } from "react"
import { formatPoints } from "../../lib/format"
import { ReportCard } from "./report-card"

/** One bar of a {@link BarList}. */
export type BarRow = {
  key: string
  label: string
  value: number
  /** What the bar's end reads, e.g. "12 (40 %)". */
  display: string
  /** A muted line under the bar. */
  detail?: string
  tooltip?: ReactNode
}

/**
 * A bar that counts something, e.g. requests per channel: the count is its
 * length and, formatted, the figure at its end.
 */
export const countBar = ({
  count,
  ...bar
}: Omit<BarRow, "value" | "display"> & { count: number }): BarRow => ({
  ...bar,
  value: count,
  display: formatPoints(count),
})

type BarListProps = {
  rows: BarRow[]
  empty: string
  /** The value of a full bar; the largest row when absent. */
  max?: number
  color?: string
  /** Width of the label column (a CSS length). */
  labelWidth?: string
  /** Width of the figure column (a CSS length). */
  valueWidth?: string
}

/**
 * One labelled horizontal bar per row, with its figure at the end. Widths
 * are inline: the dashboard's stylesheet ships no arbitrary width classes.
 */
export const BarList = ({
  rows,
  empty,
  max,
  color = "bg-ui-tag-blue-icon",
  labelWidth = "9rem",
  valueWidth = "4rem",
}: BarListProps) => {
  if (rows.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {empty}
      </Text>
    )
  }
  const full = max ?? Math.max(1, ...rows.map((r) => r.value))

  return (
    <ul className="flex flex-col gap-y-2">
      {rows.map((row) => {
        const bar = (
          <li key={row.key} className="flex flex-col gap-y-0.5">
            <div
              className="grid items-center gap-x-3"
              style={{
                gridTemplateColumns: `${labelWidth} minmax(0, 1fr) ${valueWidth}`,
              }}
            >
              <Text
                size="small"
                leading="compact"
                className="truncate"
                title={row.label}
              >
                {row.label}
              </Text>
              <div className="bg-ui-bg-component h-3 overflow-hidden rounded-full">
                <div
                  className={`${color} h-full rounded-full`}
                  style={{
                    width: `${Math.min(100, (Math.max(0, row.value) / (full || 1)) * 100)}%`,
                  }}
                />
              </div>
              <Text size="small" leading="compact" className="text-right">
                {row.display}
              </Text>
            </div>
            {row.detail && (
              <Text
                size="xsmall"
                className="text-ui-fg-muted"
                style={{ paddingLeft: `calc(${labelWidth} + 0.75rem)` }}
              >
                {row.detail}
              </Text>
            )}
          </li>
        )
        return row.tooltip ? (
          <Tooltip key={row.key} content={row.tooltip}>
            {bar}
          </Tooltip>
        ) : (
          bar
        )
      })}
    </ul>
  )
}

type BarChartCardProps = BarListProps & {
  title: string
  description?: string
  /** Largest value first. */
  sorted?: boolean
}

/** A {@link BarList} in a titled report card. */
export const BarChartCard = ({
  title,
  description,
  sorted,
  rows,
  ...bars
}: BarChartCardProps) => (
  <ReportCard title={title} description={description}>
    <BarList
      rows={sorted ? [...rows].sort((a, b) => b.value - a.value) : rows}
      {...bars}
    />
  </ReportCard>
)
