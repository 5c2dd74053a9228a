import type {
  DisputeDTO,
  DisputeEvidenceDTO,
  DisputeMessageDTO,
  DisputeReport,
  DisputePriority,
  DisputeStatus,
} from "../../modules/return-dispute/types"
import type {
  DeleteResponse,
  PaginatedResponse,
  ReportResponse,
  Serialized,
} from "./common"
import type { StoreReturnRequest, StoreTimelineActor } from "./store-returns"

export type {
  DisputeEvidenceKind,
  DisputePriority,
  DisputeReasonCategory,
  DisputeResolutionKind,
  DisputeStatus,
} from "../../modules/return-dispute/types"

/**
 * A dispute as the routes answer it; amounts are in major units of
 * `currency_code`. `overdue`: not closed and past its SLA due date.
 */
export type Dispute = Omit<Serialized<DisputeDTO>, "metadata"> & {
  overdue: boolean
}

export type DisputeListItem = Dispute & {
  customer_email?: string | null
  tier_name?: string | null
}

export type DisputeMessage = Serialized<DisputeMessageDTO>

export type DisputeEvidence = Serialized<DisputeEvidenceDTO>

export type PolicyTemplate = {
  id: string
  title: string
  body: string
  reason_categories: string[]
  reason_codes: string[]
  active: boolean
  created_at: string
  updated_at: string
}

export type DisputeCaseReturnRequest = {
  id: string
  rma_number: string
  status: string
  channel: string
  refund_method: string
  note: string | null
  created_at: string
  decided_at: string | null
  items: {
    id: string
    line_item_id: string
    quantity: number
    reason_code: string
    condition: string | null
    note: string | null
    refund_amount: number
  }[]
  decisions: {
    id: string
    outcome: string
    decided_by_type: string
    decided_by: string | null
    reasons: string[]
    note: string | null
    created_at: string
  }[]
}

/** `order` and `customer` are null only when they were deleted since. */
export type DisputeCaseFile = {
  order: {
    id: string
    display_id: number
    created_at: string
    currency_code: string
    total: number
    item_total: number
    refunded_total: number
    refundable_amount: number
    items: {
      id: string
      title: string
      quantity: number
      unit_price: number
      total: number
      thumbnail: string | null
    }[]
    fulfillments: {
      id: string
      shipped_at: string | null
      delivered_at: string | null
      labels: { tracking_number: string; tracking_url: string | null }[]
    }[]
  } | null
  return_request: DisputeCaseReturnRequest | null
  native_return: {
    id: string
    status: string
    refund_amount: number | null
    received_at: string | null
  } | null
  customer: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    tier: { id: string; name: string } | null
    history: { returns: number; disputes: number }
  } | null
  templates: PolicyTemplate[]
}

export type DisputeDetail = Dispute & {
  messages: DisputeMessage[]
  evidence: DisputeEvidence[]
}

/** `GET /admin/disputes/:id`: the dispute and its case file. */
export type AdminDisputeDetailResponse = {
  dispute: DisputeDetail
  case_file: DisputeCaseFile
}

export type AdminDisputeListParams = {
  status?: DisputeStatus[]
  priority?: DisputePriority[]
  assignee_id?: string
  overdue?: boolean
  tier_id?: string
  q?: string
  limit?: number
  offset?: number
}

/** An action's answer (assign, status, resolve, open): no messages. */
export type AdminDisputeResponse = { dispute: Dispute }
export type AdminDisputeListResponse = PaginatedResponse<{
  disputes: DisputeListItem[]
}>
export type AdminDisputeMessageResponse = { message: DisputeMessage }
export type AdminDisputeEvidenceResponse = { evidence: DisputeEvidence }

export type AdminPolicyTemplateResponse = { policy_template: PolicyTemplate }
export type AdminPolicyTemplateListResponse = PaginatedResponse<{
  policy_templates: PolicyTemplate[]
}>
export type AdminPolicyTemplateDeleteResponse =
  DeleteResponse<"policy_template">

/** Evidence as its customer sees it: no storage key. */
export type StoreDisputeEvidence = Omit<DisputeEvidence, "file_id">

/**
 * A dispute as its customer reads it: `can_reply` while it is not closed,
 * `can_rate` once it is closed and not rated yet.
 */
export type StoreDispute = Dispute & {
  can_reply: boolean
  can_rate: boolean
}

/** One step of a dispute, oldest first in `timeline`. */
export type StoreDisputeTimelineEvent = {
  type: "opened" | "status_changed" | "resolved" | "rejected" | "rated"
  at: string
  by: StoreTimelineActor
  /** The status change in words, the resolution's note, the rating's comment. */
  note: string | null
  /** `resolved`: the amount refunded, when the resolution refunded. */
  amount: number | null
}

/**
 * A dispute as its customer reads it, with the messages meant for them (no
 * internal notes), evidence, its return request with the same lines and
 * timeline as `GET /store/return-requests/:id`, and its own timeline.
 */
export type StoreDisputeDetail = StoreDispute & {
  messages: DisputeMessage[]
  evidence: StoreDisputeEvidence[]
  return_request: StoreReturnRequest | null
  timeline: StoreDisputeTimelineEvent[]
}
export type StoreDisputeResponse = { dispute: StoreDispute }
export type StoreDisputeDetailResponse = { dispute: StoreDisputeDetail }
export type StoreDisputeListResponse = PaginatedResponse<{
  disputes: StoreDispute[]
}>
export type StoreDisputeMessageResponse = { message: DisputeMessage }
export type StoreDisputeEvidenceResponse = { evidence: StoreDisputeEvidence }

/** `GET /admin/disputes/reports`: figures of the period `from`..`to`. */
export type AdminDisputeReportResponse = ReportResponse<
  DisputeReport & { from: string; to: string }
>

/**
 * `GET /admin/disputes/:id/policy-templates/:template_id/render`: the
 * template filled with the dispute's values.
 */
export type AdminRenderedDisputeTemplateResponse = {
  policy_template: { id: string; title: string }
  body: string
  /** Variables the case has no value for yet, left as `{{name}}` in `body`. */
  missing: string[]
}
