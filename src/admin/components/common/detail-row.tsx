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

/**
 * A label and its value across a widget's container, one row of the list
 * Medusa's own detail sections show (label left, value right).
 */
export const SectionRow = ({
  label,
  className,
  children,
}: {
  label: string
  className?: string
  children: ReactNode
}) => (
  <div
    className={clx(
      "text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4",
      className
    )}
  >
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <div className="text-ui-fg-base">{children}</div>
  </div>
)
