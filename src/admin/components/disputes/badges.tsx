import { Badge, Text, Tooltip } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type {
  Dispute,
  DisputePriority,
  DisputeStatus,
} from "../../hooks/api/disputes"
import { formatDateTime } from "../../lib/format"
import { BadgeColor, LabelledStatusBadge } from "../common/status-badge"
import { isClosed, priorityLabels, slaCountdown, statusLabels } from "./format"

const priorityColors: Record<
  DisputePriority,
  "red" | "orange" | "grey" | "blue"
> = {
  urgent: "red",
  high: "orange",
  normal: "grey",
  low: "blue",
}

export const PriorityBadge = ({ priority }: { priority: DisputePriority }) => (
  <Badge
    size="2xsmall"
    color={priorityColors[priority]}
    data-testid="dispute-priority"
    data-priority={priority}
  >
    {priorityLabels[priority]}
  </Badge>
)

const statusColors: Record<DisputeStatus, BadgeColor> = {
  open: "blue",
  in_review: "purple",
  awaiting_customer: "orange",
  resolved: "green",
  rejected: "red",
}

export const DisputeStatusBadge = ({ status }: { status: DisputeStatus }) => (
  <LabelledStatusBadge
    value={status}
    labels={statusLabels}
    colors={statusColors}
    data-testid="dispute-status"
    data-status={status}
  />
)

/** The current time, refreshed every minute so countdowns move on their own. */
export const useNow = (intervalMs = 60_000) => {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}

type SlaCountdownProps = {
  dispute: Pick<Dispute, "status" | "sla_due_at" | "overdue">
  now: number
}

/** "due in 3 h" / "overdue 2 h" (red); a closed case has no SLA left. */
export const SlaCountdown = ({ dispute, now }: SlaCountdownProps) => {
  if (isClosed(dispute.status)) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        Closed
      </Text>
    )
  }
  const countdown = slaCountdown(dispute.sla_due_at, now)
  // The server's flag wins over the browser's clock, which may be off.
  const overdue = dispute.overdue || countdown.overdue
  return (
    <Tooltip content={`SLA due ${formatDateTime(dispute.sla_due_at)}`}>
      <Text
        size="small"
        leading="compact"
        weight={overdue ? "plus" : "regular"}
        className={overdue ? "text-ui-fg-error" : "text-ui-fg-subtle"}
        data-testid="dispute-sla"
        data-overdue={overdue}
      >
        {countdown.overdue || !overdue ? countdown.label : "overdue"}
      </Text>
    </Tooltip>
  )
}
