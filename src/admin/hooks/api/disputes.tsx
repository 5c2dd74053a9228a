import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-client"
import { withInvalidation } from "../../lib/mutation"
import { sdk } from "../../lib/sdk"

export const disputeStatuses = [
  "open",
  "in_review",
  "awaiting_customer",
  "resolved",
  "rejected",
] as const
export type DisputeStatus = (typeof disputeStatuses)[number]

/** Statuses a dispute can still move out of. */
export const activeDisputeStatuses: DisputeStatus[] = [
  "open",
  "in_review",
  "awaiting_customer",
]

export const disputePriorities = ["urgent", "high", "normal", "low"] as const
export type DisputePriority = (typeof disputePriorities)[number]

export const disputeReasonCategories = [
  "item_condition",
  "refund_amount",
  "rejected_return",
  "missing_item",
  "late_refund",
  "other",
] as const
export type DisputeReasonCategory = (typeof disputeReasonCategories)[number]

export const disputeResolutionKinds = [
  "full_refund",
  "partial_refund",
  "reversal",
  "rejected",
] as const
export type DisputeResolutionKind = (typeof disputeResolutionKinds)[number]

export const disputeEvidenceKinds = [
  "photo",
  "tracking",
  "document",
  "communication",
] as const
export type DisputeEvidenceKind = (typeof disputeEvidenceKinds)[number]

/** Amounts are in major units of `currency_code`. */
export type Dispute = {
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
  assignee_id: string | null
  sla_due_at: string
  first_response_at: string | null
  overdue: boolean
  resolution_kind: DisputeResolutionKind | null
  resolution_amount: number | null
  resolution_note: string | null
  policy_template_id: string | null
  resolved_by: string | null
  resolved_at: string | null
  rating: number | null
  rating_comment: string | null
  created_at: string
  updated_at: string
}

export type DisputeListItem = Dispute & {
  customer_email?: string | null
  tier_name?: string | null
}

export type DisputeMessage = {
  id: string
  dispute_id: string
  author_type: "customer" | "staff" | "system"
  author_id: string | null
  body: string
  internal: boolean
  channel: "portal" | "email" | "phone" | "chat" | "admin" | "system"
  created_at: string
}

export type DisputeEvidence = {
  id: string
  dispute_id: string
  kind: DisputeEvidenceKind
  file_id: string
  /** The admin route that streams the file (a path on the backend). */
  url: string
  filename: string
  mime_type: string
  size: number
  uploaded_by_type: "customer" | "staff"
  uploaded_by: string
  description: string | null
  created_at: string
}

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

export type DisputeDetailResponse = {
  dispute: DisputeDetail
  case_file: DisputeCaseFile
}

export type DisputeListQuery = {
  status?: DisputeStatus[]
  priority?: DisputePriority[]
  assignee_id?: string
  overdue?: boolean
  tier_id?: string
  q?: string
  limit?: number
  offset?: number
}

type DisputeListResponse = {
  disputes: DisputeListItem[]
  count: number
  offset: number
  limit: number
}

export type DisputeReportQuery = { from: string; to: string }

export type DisputeReport = {
  time_to_resolve: { median_hours: number | null; p90_hours: number | null }
  first_contact_resolution_rate: number | null
  satisfaction: { average: number | null; count: number }
  reasons: { reason_category: DisputeReasonCategory; count: number }[]
  evidence_kinds: {
    kind: DisputeEvidenceKind
    disputes: number
    accepted_share: number | null
    median_hours: number | null
  }[]
  templates: {
    policy_template_id: string
    title: string
    uses: number
    median_hours: number | null
  }[]
  open_per_assignee: { assignee_id: string | null; open: number }[]
  overdue: number
  open: number
  resolved: number
}

export type ResolveDisputeInput = {
  kind: DisputeResolutionKind
  amount?: number
  policy_template_id?: string
  note?: string
}

export type UploadDisputeEvidenceInput = {
  file: File
  kind: DisputeEvidenceKind
  description?: string
}

type DisputeResponse = { dispute: Dispute }

export const disputeQueryKeys = queryKeysFactory("dispute")
export const disputeReportQueryKeys = queryKeysFactory("dispute_report")
const adminUserQueryKeys = queryKeysFactory("dispute_admin_user")

export const useDisputes = (query: DisputeListQuery) =>
  useQuery({
    queryKey: disputeQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<DisputeListResponse>("/admin/disputes", { query }),
  })

/** The dispute with its whole case file: the workspace needs nothing else. */
export const useDispute = (id: string) =>
  useQuery({
    queryKey: disputeQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<DisputeDetailResponse>(`/admin/disputes/${id}`),
  })

export const useDisputeReport = (query: DisputeReportQuery) =>
  useQuery({
    queryKey: disputeReportQueryKeys.detail("summary", query),
    queryFn: () =>
      sdk.client.fetch<{ report: DisputeReport }>("/admin/disputes/reports", {
        query,
      }),
  })

/** Admin users, for the assignee pickers and to put names on ids. */
export const useAdminUsers = () =>
  useQuery({
    queryKey: adminUserQueryKeys.list({ limit: 200 }),
    queryFn: () => sdk.admin.user.list({ limit: 200 }),
    staleTime: 5 * 60 * 1000,
  })

export const useCurrentAdminUser = () =>
  useQuery({
    queryKey: adminUserQueryKeys.detail("me"),
    queryFn: () => sdk.admin.user.me(),
    staleTime: 5 * 60 * 1000,
  })

const useInvalidateDispute = (id: string) => {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: disputeQueryKeys.detail(id) })
    queryClient.invalidateQueries({ queryKey: disputeQueryKeys.lists() })
    queryClient.invalidateQueries({ queryKey: disputeReportQueryKeys.all })
  }
}

type MutationOptions<TData, TVariables> = UseMutationOptions<
  TData,
  FetchError,
  TVariables
>

const useDisputeMutation = <TData, TVariables>(
  id: string,
  mutationFn: (variables: TVariables) => Promise<TData>,
  options?: MutationOptions<TData, TVariables>
) => {
  const invalidate = useInvalidateDispute(id)
  return useMutation({
    mutationFn,
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}

export const useAssignDispute = (
  id: string,
  options?: MutationOptions<DisputeResponse, { assignee_id: string }>
) =>
  useDisputeMutation(
    id,
    (body) =>
      sdk.client.fetch<DisputeResponse>(`/admin/disputes/${id}/assign`, {
        method: "POST",
        body,
      }),
    options
  )

export const useUpdateDisputeStatus = (
  id: string,
  options?: MutationOptions<
    DisputeResponse,
    { status: "in_review" | "awaiting_customer" }
  >
) =>
  useDisputeMutation(
    id,
    (body) =>
      sdk.client.fetch<DisputeResponse>(`/admin/disputes/${id}/status`, {
        method: "POST",
        body,
      }),
    options
  )

export const useAddDisputeMessage = (
  id: string,
  options?: MutationOptions<
    { message: DisputeMessage },
    { body: string; internal: boolean }
  >
) =>
  useDisputeMutation(
    id,
    (body) =>
      sdk.client.fetch<{ message: DisputeMessage }>(
        `/admin/disputes/${id}/messages`,
        { method: "POST", body }
      ),
    options
  )

export const useUploadDisputeEvidence = (
  id: string,
  options?: MutationOptions<
    { evidence: DisputeEvidence },
    UploadDisputeEvidenceInput
  >
) =>
  useDisputeMutation(
    id,
    ({ file, kind, description }) => {
      const form = new FormData()
      form.append("kind", kind)
      if (description) {
        form.append("description", description)
      }
      // The file goes last so a streaming parser has the fields before it.
      form.append("file", file, file.name)
      return sdk.client.fetch<{ evidence: DisputeEvidence }>(
        `/admin/disputes/${id}/evidence`,
        {
          method: "POST",
          body: form,
          // The SDK only JSON-encodes when the content type is JSON; dropping
          // it lets the browser send multipart with its boundary.
          headers: { "content-type": null },
        }
      )
    },
    options
  )

export const useResolveDispute = (
  id: string,
  options?: MutationOptions<DisputeResponse, ResolveDisputeInput>
) =>
  useDisputeMutation(
    id,
    (body) =>
      sdk.client.fetch<DisputeResponse>(`/admin/disputes/${id}/resolve`, {
        method: "POST",
        body,
      }),
    options
  )

export type RenderedDisputeTemplate = {
  policy_template: { id: string; title: string }
  body: string
  /** Variables the case has no value for yet, left as `{{name}}` in `body`. */
  missing: string[]
}

/**
 * Fills a policy template with the dispute's values on the server (the
 * values customers read in emails too). Reads only: nothing to invalidate.
 */
export const useRenderDisputeTemplate = (
  id: string,
  options?: MutationOptions<
    RenderedDisputeTemplate,
    { template_id: string; amount: number | null }
  >
) =>
  useMutation({
    mutationFn: ({ template_id, amount }) =>
      sdk.client.fetch<RenderedDisputeTemplate>(
        `/admin/disputes/${id}/policy-templates/${template_id}/render`,
        { query: amount != null && amount > 0 ? { amount } : {} }
      ),
    ...options,
  })
