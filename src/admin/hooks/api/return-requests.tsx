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
import { returnReportQueryKeys } from "./return-reports"

export const RETURN_REQUEST_STATUSES = [
  "pending_review",
  "approved",
  "rejected",
  "canceled",
  "completed",
] as const
export type ReturnRequestStatus = (typeof RETURN_REQUEST_STATUSES)[number]

export const RETURN_CHANNELS = [
  "storefront",
  "phone",
  "email",
  "chat",
  "in_store",
] as const
export type ReturnChannel = (typeof RETURN_CHANNELS)[number]

export type ReturnDecisionOutcome =
  | "auto_approve"
  | "review"
  | "reject"
  | "approved"
  | "rejected"
  | "canceled"
  | "completed"

export type ReturnRuleResult = {
  rule: string
  passed: boolean
  detail: string
  effect: "reject" | "review"
  line_item_id: string | null
}

export type ReturnTierSnapshot = { id: string; name: string; rank: number }

export type ReturnDecision = {
  id?: string
  outcome: ReturnDecisionOutcome
  decided_by_type?: "policy" | "admin" | "customer" | "system"
  decided_by?: string | null
  policy_version?: number
  tier_snapshot?: ReturnTierSnapshot | null
  rules?: ReturnRuleResult[]
  reasons: string[]
  note: string | null
  /** A CSR's override of the policy's outcome; null when nobody overrode. */
  override?: {
    policy_outcome: string
    outcome: string
    justification: string
  } | null
  /** Milliseconds from the request to this decision; a string when large. */
  time_to_decision_ms?: number | string
  created_at: string
}

export type ReturnRequestItem = {
  id: string
  line_item_id: string
  quantity: number
  reason_code: string
  condition: "new" | "opened" | "damaged" | "defective" | null
  /** Staff only: what the CSR noted on the line (e.g. evidence seen). */
  note?: string | null
  refund_amount: number
  restocking_fee: number
}

export type ReturnRefundItem = {
  line_item_id: string
  quantity: number
  unit_price: number
  subtotal: number
  discount_total: number
  tax_total: number
  total: number
  restocking_fee: number
}

/** The engine's refund breakdown, in major units of `currency_code`. */
export type ReturnRefundEstimate = {
  currency_code: string
  items: ReturnRefundItem[]
  items_total: number
  restocking_fee_total: number
  return_shipping: number
  refund_total: number
  store_credit_bonus: number
  credited_total: number
}

export type ReturnRequest = {
  id: string
  rma_number: string
  order_id: string
  customer_id: string
  channel: ReturnChannel
  status: ReturnRequestStatus
  refund_estimate: ReturnRefundEstimate | null
  refund_method: "original_payment" | "store_credit"
  tier_name: string | null
  return_id: string | null
  note: string | null
  decided_at: string | null
  created_at: string
  created_by_type?: "customer" | "admin"
  created_by?: string
  policy_id?: string
  policy_version?: number
  tier_id?: string | null
  metadata?: Record<string, unknown> | null
  items: ReturnRequestItem[]
  decisions: ReturnDecision[]
  /** With `fields=+customer.*` (read-only link). */
  customer?: {
    email: string
    first_name: string | null
    last_name: string | null
  } | null
  /** With `fields=+order.display_id` (read-only link). */
  order?: { display_id: number } | null
}

export type ReturnRequestListQuery = {
  limit?: number
  offset?: number
  /** `created_at` (oldest first, the default) or `-created_at`. */
  order?: string
  status?: ReturnRequestStatus | ReturnRequestStatus[]
  channel?: ReturnChannel
  tier_id?: string
  customer_id?: string
  order_id?: string
  /** An RMA number, a customer's email or an order number. */
  q?: string
  /** Extra fields, e.g. `+customer.email,+order.display_id`. */
  fields?: string
}

export type ReturnEligibilityLine = {
  line_item_id: string
  title: string | null
  /** Ordered quantity; absent from servers that don't send it. */
  quantity?: number
  returnable_quantity: number
  /** Last day of the return window, YYYY-MM-DD (UTC), inclusive. */
  deadline: string
  days_left: number
  eligible: boolean
  /** Why the line cannot be returned; null when eligible. */
  reason: string | null
}

export type ReturnEligibility = {
  order_id: string
  currency_code?: string
  tier: { id: string; name: string } | null
  policy: {
    id: string
    name: string
    /** 0: the engine's built-in fallback, no policy row. */
    version: number
    return_window_days: number
    free_return_shipping: boolean
    restocking_fee_percent: number
    store_credit_bonus_percent?: number
  } | null
  lines: ReturnEligibilityLine[]
  /** Whether the signed-in admin may override the policy's outcome. */
  can_override?: boolean
}

type ListResponse = {
  return_requests: ReturnRequest[]
  count: number
  offset: number
  limit: number
}

type DetailResponse = { return_request: ReturnRequest }

export const returnRequestQueryKeys = queryKeysFactory("return_request")
export const returnEligibilityQueryKeys = queryKeysFactory("return_eligibility")
const returnRequestOrderQueryKeys = queryKeysFactory("return_request_order")

export const useReturnRequests = (
  query: ReturnRequestListQuery,
  options?: { enabled?: boolean }
) =>
  useQuery({
    queryKey: returnRequestQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ListResponse>("/admin/return-requests", { query }),
    ...options,
  })

/** One request with its decision trail (every rule, policy version, tier). */
export const useReturnRequest = (id: string, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: returnRequestQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<DetailResponse>(`/admin/return-requests/${id}`),
    ...options,
  })

/** What each line of an order can still return, as the server decides it. */
export const useReturnEligibility = (orderId: string) =>
  useQuery({
    queryKey: returnEligibilityQueryKeys.detail(orderId),
    queryFn: () =>
      sdk.client.fetch<ReturnEligibility>(
        "/admin/return-requests/eligibility",
        { query: { order_id: orderId } }
      ),
  })

/**
 * The order a request belongs to, with just what the request detail shows
 * next to it: its display id, the customer's email and the line titles.
 */
export const useReturnRequestOrder = (
  orderId: string,
  options?: { enabled?: boolean }
) =>
  useQuery({
    queryKey: returnRequestOrderQueryKeys.detail(orderId),
    queryFn: () =>
      sdk.admin.order.retrieve(orderId, {
        fields:
          "id,display_id,email,currency_code,items.id,items.title,items.variant_title,items.variant_sku,customer.id,customer.first_name,customer.last_name,customer.email,customer.phone",
      }),
    ...options,
  })

const useInvalidateRequest = (id: string) => {
  const queryClient = useQueryClient()
  return (request: ReturnRequest) => {
    queryClient.setQueryData(returnRequestQueryKeys.detail(id), {
      return_request: request,
    })
    queryClient.invalidateQueries({ queryKey: returnRequestQueryKeys.lists() })
    // A decision changes what the order can still return.
    queryClient.invalidateQueries({
      queryKey: returnEligibilityQueryKeys.detail(request.order_id),
    })
    queryClient.invalidateQueries({ queryKey: returnReportQueryKeys.all })
  }
}

/** Approves a request under review; the server creates its native return. */
export const useApproveReturnRequest = (
  id: string,
  options?: UseMutationOptions<DetailResponse, FetchError, { note?: string }>
) => {
  const invalidate = useInvalidateRequest(id)
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<DetailResponse>(`/admin/return-requests/${id}/approve`, {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, (data) => {
      invalidate(data.return_request)
    }),
  })
}

/** Rejects a request under review; the note is what the customer is told. */
export const useRejectReturnRequest = (
  id: string,
  options?: UseMutationOptions<DetailResponse, FetchError, { note: string }>
) => {
  const invalidate = useInvalidateRequest(id)
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<DetailResponse>(`/admin/return-requests/${id}/reject`, {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, (data) => {
      invalidate(data.return_request)
    }),
  })
}
