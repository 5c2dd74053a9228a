import { clx, Text } from "@medusajs/ui"
import { ReactNode } from "react"

type DetailRowProps = {
  label: ReactNode
  /** The label column's width; the value takes the rest. */
  labelWidth: string
  valueClassName?: string
  children: ReactNode
}

/** A fact of a detail panel: its label, and its value beside it. */
export const DetailRow = ({
  label,
  labelWidth,
  valueClassName,
  children,
}: DetailRowProps) => (
  <div
    className="grid items-start gap-x-3"
    style={{ gridTemplateColumns: `${labelWidth} minmax(0, 1fr)` }}
  >
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text
      size="small"
      leading="compact"
      as="div"
      className={clx("min-w-0 break-words", valueClassName)}
    >
      {children}
    </Text>
  </div>
)
