import type {
  ReturnChannel,
  ReturnDecisionOutcome,
  ReturnRequestStatus,
} from "../../hooks/api/return-requests"

import type { BadgeColor } from "../common/status-badge"

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A duration in seconds, coarsely: "45 s", "12 min", "3 h", "2 d". */
export const formatDuration = (seconds: number | null | undefined) => {
  if (seconds == null || !Number.isFinite(seconds)) {
    return "—"
  }
  const s = Math.max(0, seconds)
  if (s < MINUTE) {
    return `${Math.round(s)} s`
  }
  if (s < HOUR) {
    return `${Math.floor(s / MINUTE)} min`
  }
  if (s < DAY) {
    return `${Math.floor(s / HOUR)} h`
  }
  return `${Math.floor(s / DAY)} d`
}

/** How long ago `iso` was, as in the review queue: "3 h", "2 d". */
export const formatAge = (iso: string, now: number = Date.now()) =>
  formatDuration((now - new Date(iso).getTime()) / 1000)

/** Milliseconds as stored on a decision (bigNumber: may arrive as a string). */
export const formatDecisionTime = (ms: number | string | null | undefined) =>
  ms == null ? "—" : formatDuration(Number(ms) / 1000)

/** One money format for every page: see lib/format. */
export { formatMoney } from "../../lib/format"

export const statusLabels: Record<ReturnRequestStatus, string> = {
  pending_review: "Pending review",
  approved: "Approved",
  rejected: "Rejected",
  canceled: "Canceled",
  completed: "Completed",
}

export const statusColors: Record<ReturnRequestStatus, BadgeColor> = {
  pending_review: "orange",
  approved: "green",
  rejected: "red",
  canceled: "grey",
  completed: "blue",
}

export const channelLabels: Record<ReturnChannel, string> = {
  storefront: "Storefront",
  phone: "Phone",
  email: "Email",
  chat: "Chat",
  in_store: "In store",
}

export const outcomeLabels: Record<ReturnDecisionOutcome, string> = {
  auto_approve: "Auto-approved",
  review: "Sent to review",
  reject: "Rejected by policy",
  approved: "Approved",
  rejected: "Rejected",
  canceled: "Canceled",
  completed: "Completed",
}

export const outcomeColors: Record<ReturnDecisionOutcome, BadgeColor> = {
  auto_approve: "green",
  review: "orange",
  reject: "red",
  approved: "green",
  rejected: "red",
  canceled: "grey",
  completed: "blue",
}

/** "return_window" -> "Return window". */
export const humanize = (value: string) => {
  const text = value.replace(/_/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The form field a server message is about. Validation errors name it as
 * `'field'`, workflow errors as `field: ...`; anything else stays a form
 * error.
 */
export const fieldOfServerMessage = <K extends string>(
  message: string,
  fields: readonly K[]
): K | null => {
  // Longest first, so "period_days" does not claim "max_returns_per_period".
  const sorted = [...fields].sort((a, b) => b.length - a.length)
  return (
    sorted.find(
      (field) =>
        message.includes(`'${field}'`) ||
        new RegExp(`(^|[\\s:])${field}(:|\\s|$)`).test(message)
    ) ?? null
  )
}
