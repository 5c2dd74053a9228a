/*
 * The dispute model's enums. Free of imports so the admin bundle can take
 * them as they are (its filters and forms list the same values).
 */

export const DISPUTE_REASON_CATEGORIES = [
  "item_condition",
  "refund_amount",
  "rejected_return",
  "missing_item",
  "late_refund",
  "other",
] as const

export const DISPUTE_STATUSES = [
  "open",
  "in_review",
  "awaiting_customer",
  "resolved",
  "rejected",
] as const

export const DISPUTE_PRIORITIES = ["low", "normal", "high", "urgent"] as const

export const DISPUTE_RESOLUTION_KINDS = [
  "full_refund",
  "partial_refund",
  "reversal",
  "rejected",
] as const
