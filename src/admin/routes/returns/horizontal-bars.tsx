import { Text, Tooltip } from "@medusajs/ui"
import { ReactNode } from "react"

export type BarRow = {
  key: string
  label: string
  value: number
  /** What the bar's end reads, e.g. "12 (40 %)". */
  display: string
  tooltip?: ReactNode
}

type HorizontalBarsProps = {
  rows: BarRow[]
  /** The value of a full bar; the largest row when absent. */
  max?: number
  empty: string
  color?: string
}

/** One labelled bar per row, as in the loyalty members-per-tier chart. */
export const HorizontalBars = ({
  rows,
  max,
  empty,
  color = "bg-ui-tag-blue-icon",
}: HorizontalBarsProps) => {
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
          <li
            key={row.key}
            className="grid items-center gap-x-3"
            style={{ gridTemplateColumns: "8rem minmax(0, 1fr) 6rem" }}
          >
            <Text size="small" leading="compact" className="truncate">
              {row.label}
            </Text>
            <div className="bg-ui-bg-component h-3 overflow-hidden rounded-full">
              <div
                className={`${color} h-full rounded-full`}
                style={{
                  width: `${Math.min(100, (row.value / (full || 1)) * 100)}%`,
                }}
              />
            </div>
            <Text size="small" leading="compact" className="text-right">
              {row.display}
            </Text>
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
