import { StatusBadge } from "@medusajs/ui"
import { ComponentProps } from "react"

/** The colours of a StatusBadge. */
export type BadgeColor = NonNullable<
  ComponentProps<typeof StatusBadge>["color"]
>

type LabelledStatusBadgeProps<V extends string> = {
  value: V
  labels: Partial<Record<V, string>>
  colors: Partial<Record<V, BadgeColor>>
} & Omit<ComponentProps<typeof StatusBadge>, "color" | "children">

/**
 * A status badge for `value`, in its colour, with its label: each status
 * set keeps one label map and one colour map, and shows through this.
 */
export const LabelledStatusBadge = <V extends string>({
  value,
  labels,
  colors,
  ...props
}: LabelledStatusBadgeProps<V>) => (
  <StatusBadge color={colors[value] ?? "grey"} {...props}>
    {labels[value] ?? value}
  </StatusBadge>
)
