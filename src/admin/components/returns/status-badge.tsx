import { LabelledStatusBadge } from "../common/status-badge"
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
