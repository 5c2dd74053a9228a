import type {
  DISPUTE_PRIORITIES,
  DISPUTE_REASON_CATEGORIES,
  DISPUTE_RESOLUTION_KINDS,
  DISPUTE_STATUSES,
} from "./models/dispute"

export type DisputeReasonCategory = (typeof DISPUTE_REASON_CATEGORIES)[number]
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]
export type DisputePriority = (typeof DISPUTE_PRIORITIES)[number]
export type DisputeResolutionKind = (typeof DISPUTE_RESOLUTION_KINDS)[number]
export type DisputeAuthorType = "customer" | "staff" | "system"
export type DisputeChannel =
  "portal" | "email" | "phone" | "chat" | "admin" | "system"
export type DisputeEvidenceKind =
  "photo" | "tracking" | "document" | "communication"

/** Statuses after which a dispute takes no messages and no resolution. */
export const CLOSED_DISPUTE_STATUSES: DisputeStatus[] = ["resolved", "rejected"]

/** The `disputes` part of the plugin options. */
export type ReturnDisputeOptions = {
  disputes?: {
    /** Hours to the SLA due date per priority. */
    sla_hours?: Partial<Record<DisputePriority, number>>
    priority?: {
      /** Order total (major units) from which a dispute gets more urgent. */
      high_value_amount?: number
      /** Order total below which a dispute gets less urgent. */
      low_value_amount?: number
      /** Days since the order (or return request) after which it gets more urgent. */
      aged_days?: number
    }
  }
}

export type ReturnDisputeSettings = {
  sla_hours: Record<DisputePriority, number>
  priority: {
    high_value_amount: number
    low_value_amount: number
    aged_days: number
  }
}

export type DisputeDTO = {
  id: string
  number: string
  order_id: string
  return_request_id: string | null
  customer_id: string
  currency_code: string
  reason_category: DisputeReasonCategory
  claim: string
  status: DisputeStatus
  priority: DisputePriority
  opened_by_type: "customer" | "staff"
  opened_by: string
  assignee_id: string | null
  sla_due_at: Date
  first_response_at: Date | null
  resolution_kind: DisputeResolutionKind | null
  resolution_amount: number | null
  resolution_note: string | null
  refund_ids: string[] | null
  policy_template_id: string | null
  resolved_by: string | null
  resolved_at: Date | null
  rating: number | null
  rating_comment: string | null
  rated_at: Date | null
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export type DisputeMessageDTO = {
  id: string
  dispute_id: string
  author_type: DisputeAuthorType
  author_id: string | null
  body: string
  internal: boolean
  channel: DisputeChannel
  created_at: Date
}

/** A file attached to a dispute; the File module keeps the bytes. */
export type DisputeEvidenceDTO = {
  id: string
  dispute_id: string
  kind: DisputeEvidenceKind
  file_id: string
  /** The admin route that streams the file (a path on the backend). */
  url: string
  filename: string
  mime_type: string
  size: number
  uploaded_by_type: Exclude<DisputeAuthorType, "system">
  uploaded_by: string
  description: string | null
  created_at: Date
}

export type CreateDisputeEvidenceDTO = Omit<
  DisputeEvidenceDTO,
  "id" | "description" | "created_at"
> & { description?: string | null }

export type OpenDisputeInput = {
  order_id: string
  return_request_id?: string | null
  customer_id: string
  currency_code: string
  reason_category: DisputeReasonCategory
  claim: string
  priority: DisputePriority
  opened_by_type: "customer" | "staff"
  opened_by: string
  /** Defaults to now; the SLA runs from it. */
  now?: Date
}

export type AddDisputeMessageInput = {
  author_type: DisputeAuthorType
  author_id?: string | null
  body: string
  internal?: boolean
  channel?: DisputeChannel
}

/** What `addMessage` changed, so compensation can put it back. */
export type AddDisputeMessageResult = {
  message: DisputeMessageDTO
  previous: {
    status: DisputeStatus
    first_response_at: Date | null
  }
  status: DisputeStatus
}

export type ClaimResolutionInput = {
  kind: DisputeResolutionKind
  amount?: number | null
  note?: string | null
  policy_template_id?: string | null
  resolved_by: string
}

/** The dispute fields a resolution overwrote, for compensation. */
export type DisputeResolutionSnapshot = {
  status: DisputeStatus
  resolution_kind: DisputeResolutionKind | null
  resolution_amount: number | null
  resolution_note: string | null
  policy_template_id: string | null
  resolved_by: string | null
  resolved_at: Date | null
}

export type DisputeReport = {
  time_to_resolve: { median_hours: number | null; p90_hours: number | null }
  first_contact_resolution_rate: number | null
  satisfaction: { average: number | null; count: number }
  reasons: { reason_category: string; count: number }[]
  evidence_kinds: {
    kind: string
    disputes: number
    accepted_share: number | null
    median_hours: number | null
  }[]
  templates: {
    policy_template_id: string
    title: string | null
    uses: number
    median_hours: number | null
  }[]
  open_per_assignee: { assignee_id: string | null; open: number }[]
  overdue: number
  open: number
  resolved: number
}

/** Filters of the staff queue (`listQueueIds`). */
export type DisputeQueueFilters = {
  status?: string[]
  priority?: string[]
  /** null: unassigned only. */
  assignee_id?: string | null
  overdue?: boolean
  customer_id?: string
  customer_ids?: string[]
  order_id?: string
  /** Matches the number or the claim. */
  q?: string
}
