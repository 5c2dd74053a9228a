import { CLOSED_DISPUTE_STATUSES } from "../../../modules/return-dispute/types"
import type {
  DisputeCaseFile,
  DisputeDetail,
  DisputeEvidenceKind,
  DisputePriority,
  DisputeReasonCategory,
  DisputeResolutionKind,
  DisputeStatus,
} from "../../hooks/api/disputes"

/** The props of a panel of the dispute workspace: the case and its file. */
export type DisputeCaseProps = {
  dispute: DisputeDetail
  caseFile: DisputeCaseFile
}

export const statusLabels: Record<DisputeStatus, string> = {
  open: "Open",
  in_review: "In review",
  awaiting_customer: "Awaiting customer",
  resolved: "Resolved",
  rejected: "Rejected",
}

export const priorityLabels: Record<DisputePriority, string> = {
  urgent: "Urgent",
  high: "High",
  normal: "Normal",
  low: "Low",
}

export const reasonLabels: Record<DisputeReasonCategory, string> = {
  item_condition: "Item condition",
  refund_amount: "Refund amount",
  rejected_return: "Rejected return",
  missing_item: "Missing item",
  late_refund: "Late refund",
  other: "Other",
}

export const resolutionLabels: Record<DisputeResolutionKind, string> = {
  full_refund: "Full refund",
  partial_refund: "Partial refund",
  reversal: "Reverse the rejection",
  rejected: "Reject the dispute",
}

export const evidenceKindLabels: Record<DisputeEvidenceKind, string> = {
  photo: "Photo",
  tracking: "Tracking",
  document: "Document",
  communication: "Communication",
}

export const isClosed = (status: DisputeStatus) =>
  CLOSED_DISPUTE_STATUSES.includes(status)

// One money format for every page ("€12.50"): see lib/format.
export { currencyDigits, formatMoney, labelOf } from "../../lib/format"
/** Hours as the reports show them: "45 min", "3.5 h", "2.1 d". */
export const formatHours = (hours: number | null | undefined) => {
  if (hours == null) {
    return "—"
  }
  if (hours < 1) {
    return `${Math.round(hours * 60)} min`
  }
  if (hours < 48) {
    return `${Math.round(hours * 10) / 10} h`
  }
  return `${Math.round((hours / 24) * 10) / 10} d`
}

const HOUR = 60 * 60 * 1000

const formatSpan = (ms: number) => {
  if (ms < HOUR) {
    return `${Math.max(1, Math.round(ms / 60000))} min`
  }
  if (ms < 48 * HOUR) {
    return `${Math.round(ms / HOUR)} h`
  }
  return `${Math.round(ms / (24 * HOUR))} d`
}

/** "due in 3 h" or "overdue 2 h", relative to `now`. */
export const slaCountdown = (dueAt: string, now: number) => {
  const diff = new Date(dueAt).getTime() - now
  return diff >= 0
    ? { overdue: false, label: `due in ${formatSpan(diff)}` }
    : { overdue: true, label: `overdue ${formatSpan(-diff)}` }
}

export const customerName = (customer: DisputeCaseFile["customer"]) =>
  customer
    ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") ||
      customer.email
    : "Customer"

/** What is still refundable on the order; nothing when it is gone. */
export const refundableAmount = (caseFile: DisputeCaseFile) =>
  caseFile.order?.refundable_amount ?? 0

export const userName = (
  user:
    | { first_name?: string | null; last_name?: string | null; email: string }
    | undefined
) =>
  user
    ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
    : undefined

export const orderNumber = (order: NonNullable<DisputeCaseFile["order"]>) =>
  `#${order.display_id}`
