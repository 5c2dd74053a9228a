import { useQuery } from "@tanstack/react-query"
import {
  invalidateAll,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"
import type {
  AdminReturnRequest,
  AdminReturnRequestListParams,
  AdminReturnRequestListResponse,
  AdminReturnRequestResponse,
  ReturnChannel,
  ReturnEligibility,
  ReturnMethodBody,
  ReturnRequestStatus,
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
} from "../../../types/http"
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
  useAdminQuery<AdminReturnRequestListResponse>(
    returnRequestQueryKeys.list(query),
    "/admin/return-requests",
    query,
    options
  )

/** One request with its decision trail (every rule, policy version, tier). */
export const useReturnRequest = (id: string, options?: { enabled?: boolean }) =>
  useAdminQuery<AdminReturnRequestResponse>(
    returnRequestQueryKeys.detail(id),
    `/admin/return-requests/${id}`,
    undefined,
    options
  )

/** What each line of an order can still return, as the server decides it. */
export const useReturnEligibility = (orderId: string) =>
  useAdminQuery<ReturnEligibility>(
    returnEligibilityQueryKeys.detail(orderId),
    "/admin/return-requests/eligibility",
    { order_id: orderId }
  )

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

/** A decision on request `id` (`approve` or `reject`) with its note. */
const useDecideReturnRequest = <TBody extends object>(
  id: string,
  decision: "approve" | "reject",
  options?: MutationOptions<AdminReturnRequestResponse, TBody>
) =>
  useAdminMutation<AdminReturnRequestResponse, TBody>(
    (body) => ({
      path: `/admin/return-requests/${id}/${decision}`,
      method: "POST",
      body,
    }),
    (queryClient, { return_request: request }) => {
      queryClient.setQueryData(returnRequestQueryKeys.detail(id), {
        return_request: request,
      })
      invalidateAll(queryClient, [
        returnRequestQueryKeys.lists(),
        // A decision changes what the order can still return.
        returnEligibilityQueryKeys.detail(request.order_id),
        returnReportQueryKeys.all,
      ])
    },
    options
  )

/** Approves a request under review; the server creates its native return. */
export const useApproveReturnRequest = (
  id: string,
  options?: MutationOptions<AdminReturnRequestResponse, { note?: string }>
) => useDecideReturnRequest(id, "approve", options)

/** Rejects a request under review; the note is what the customer is told. */
export const useRejectReturnRequest = (
  id: string,
  options?: MutationOptions<AdminReturnRequestResponse, { note: string }>
) => useDecideReturnRequest(id, "reject", options)

/**
 * Books the pickup of request `id`'s parcel for the customer, or switches
 * it to a drop-off (`POST /admin/return-requests/:id/return-method`).
 */
export const useSetReturnMethod = (
  id: string,
  options?: MutationOptions<AdminReturnRequestResponse, ReturnMethodBody>
) =>
  useAdminMutation<AdminReturnRequestResponse, ReturnMethodBody>(
    (body) => ({
      path: `/admin/return-requests/${id}/return-method`,
      method: "POST",
      body,
    }),
    (queryClient, { return_request: request }) => {
      queryClient.setQueryData(returnRequestQueryKeys.detail(id), {
        return_request: request,
      })
      invalidateAll(queryClient, [returnRequestQueryKeys.lists()])
    },
    options
  )
