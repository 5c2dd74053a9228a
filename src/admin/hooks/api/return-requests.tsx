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
import type {
  AdminReturnRequest,
  AdminReturnRequestListParams,
  AdminReturnRequestListResponse,
  AdminReturnRequestResponse,
  ReturnRequestStatus,
  ReturnChannel,
  ReturnDecisionOutcome,
  ReturnRuleResult,
  ReturnTierSnapshot,
  ReturnDecision,
  ReturnRequestItem,
  ReturnRefundItem,
  ReturnRefundEstimate,
  ReturnEligibilityLine,
  ReturnEligibility,
} from "../../../types/http"
import { returnReportQueryKeys } from "./return-reports"

export const RETURN_REQUEST_STATUSES = [
  "pending_review",
  "approved",
  "rejected",
  "canceled",
  "completed",
] as const satisfies readonly ReturnRequestStatus[]

export const RETURN_CHANNELS = [
  "storefront",
  "phone",
  "email",
  "chat",
  "in_store",
] as const satisfies readonly ReturnChannel[]

export type {
  ReturnRequestStatus,
  ReturnChannel,
  ReturnDecisionOutcome,
  ReturnRuleResult,
  ReturnTierSnapshot,
  ReturnDecision,
  ReturnRequestItem,
  ReturnRefundItem,
  ReturnRefundEstimate,
  ReturnEligibilityLine,
  ReturnEligibility,
}
/** A return request as staff read it. */
export type ReturnRequest = AdminReturnRequest
export type ReturnRequestListQuery = AdminReturnRequestListParams

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
      sdk.client.fetch<AdminReturnRequestListResponse>(
        "/admin/return-requests",
        { query }
      ),
    ...options,
  })

/** One request with its decision trail (every rule, policy version, tier). */
export const useReturnRequest = (id: string, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: returnRequestQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<AdminReturnRequestResponse>(
        `/admin/return-requests/${id}`
      ),
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
  options?: UseMutationOptions<
    AdminReturnRequestResponse,
    FetchError,
    { note?: string }
  >
) => {
  const invalidate = useInvalidateRequest(id)
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminReturnRequestResponse>(
        `/admin/return-requests/${id}/approve`,
        {
          method: "POST",
          body,
        }
      ),
    ...withInvalidation(options, (data) => {
      invalidate(data.return_request)
    }),
  })
}

/** Rejects a request under review; the note is what the customer is told. */
export const useRejectReturnRequest = (
  id: string,
  options?: UseMutationOptions<
    AdminReturnRequestResponse,
    FetchError,
    { note: string }
  >
) => {
  const invalidate = useInvalidateRequest(id)
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminReturnRequestResponse>(
        `/admin/return-requests/${id}/reject`,
        {
          method: "POST",
          body,
        }
      ),
    ...withInvalidation(options, (data) => {
      invalidate(data.return_request)
    }),
  })
}
