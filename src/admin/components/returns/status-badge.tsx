import { StatusBadge } from "@medusajs/ui"
import type {
  ReturnDecisionOutcome,
  ReturnRequestStatus,
} from "../../hooks/api/return-requests"
import {
  outcomeColors,
  outcomeLabels,
  statusColors,
  statusLabels,
} from "./format"

export const RequestStatusBadge = ({
  status,
}: {
  status: ReturnRequestStatus
}) => (
  <StatusBadge color={statusColors[status] ?? "grey"}>
    {statusLabels[status] ?? status}
  </StatusBadge>
)

export const DecisionOutcomeBadge = ({
  outcome,
}: {
  outcome: ReturnDecisionOutcome
}) => (
  <StatusBadge color={outcomeColors[outcome] ?? "grey"}>
    {outcomeLabels[outcome] ?? outcome}
  </StatusBadge>
)
