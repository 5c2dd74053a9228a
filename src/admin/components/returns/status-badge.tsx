import { StatusBadge } from "@medusajs/ui"
import type {
  ReturnDecisionOutcome,
  ReturnRequestStatus,
} from "../../hooks/api/return-requests"
import {
  BadgeColor,
  outcomeColors,
  outcomeLabels,
  statusColors,
  statusLabels,
} from "./format"

/** A status badge for `value`, in its colour, with its label. */
const LabelledStatusBadge = <V extends string>({
  value,
  labels,
  colors,
}: {
  value: V
  labels: Partial<Record<V, string>>
  colors: Partial<Record<V, BadgeColor>>
}) => (
  <StatusBadge color={colors[value] ?? "grey"}>
    {labels[value] ?? value}
  </StatusBadge>
)

/** A return request's status. */
export const RequestStatusBadge = ({
  status,
}: {
  status: ReturnRequestStatus
}) => (
  <LabelledStatusBadge
    value={status}
    labels={statusLabels}
    colors={statusColors}
  />
)

/** What the policy decided for a request. */
export const DecisionOutcomeBadge = ({
  outcome,
}: {
  outcome: ReturnDecisionOutcome
}) => (
  <LabelledStatusBadge
    value={outcome}
    labels={outcomeLabels}
    colors={outcomeColors}
  />
)
