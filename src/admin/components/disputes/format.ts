import type {
  DisputeCaseFile,
  DisputeDetail,
  DisputeEvidenceKind,
  DisputePriority,
  DisputeReasonCategory,
  DisputeResolutionKind,
  DisputeStatus,
} from "../../hooks/api/disputes"
import { currencyDigits } from "../../lib/format"

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
  status === "resolved" || status === "rejected"

// One money format for every page ("€12.50"): see lib/format.
export { currencyDigits, formatMoney } from "../../lib/format"
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

// The same shapes the server uses when it renders a cited template into the
// resolution message, so a reply and that message read alike.
const templateAmount = (amount: number, currencyCode: string) =>
  `${amount.toFixed(currencyDigits(currencyCode))} ${currencyCode.toUpperCase()}`

/**
 * Fills a policy template's placeholders with this case's values. A value
 * the case doesn't have yet (the amount before a resolution is drafted)
 * keeps its placeholder, so the manager sees what is left to write.
 */
export const fillTemplate = (
  body: string,
  dispute: DisputeDetail,
  caseFile: DisputeCaseFile,
  amount: number | null
) => {
  const values: Record<string, string | null> = {
    customer_name: customerName(caseFile.customer),
    order_number: caseFile.order ? String(caseFile.order.display_id) : null,
    rma_number: caseFile.return_request?.rma_number ?? null,
    amount:
      amount == null ? null : templateAmount(amount, dispute.currency_code),
    dispute_number: dispute.number,
  }
  return body.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, key: string) => {
    const value = values[key]
    return value == null ? placeholder : value
  })
}
