import { Text } from "@medusajs/ui"

type BarListRow = {
  key: string
  label: string
  value: number
  display: string
  detail?: string
}

type BarListProps = {
  rows: BarListRow[]
  empty: string
  /** The value of a full bar; defaults to the largest row. */
  max?: number
  color?: string
}

/** Horizontal bars in the style of the loyalty reports' tier chart. */
export const BarList = ({
  rows,
  empty,
  max,
  color = "bg-ui-tag-blue-icon",
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
      {rows.map((row) => (
        <li key={row.key} className="flex flex-col gap-y-0.5">
          <div
            className="grid items-center gap-x-3"
            style={{ gridTemplateColumns: "9rem minmax(0, 1fr) 4rem" }}
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
                  width: `${Math.min(100, (Math.max(0, row.value) / full) * 100)}%`,
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
              style={{ paddingLeft: "9.75rem" }}
            >
              {row.detail}
            </Text>
          )}
        </li>
      ))}
    </ul>
  )
}
