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

export type ReturnReasonCode = {
  id: string
  /** Upper snake case, e.g. DAMAGED. */
  code: string
  label: string
  requires_review: boolean
  requires_evidence: boolean
  /** 0-100; replaces the policy's restocking fee when set. */
  restocking_fee_percent_override: number | null
  active: boolean
  created_at: string
  updated_at: string
}

export type ReturnReasonCodeInput = {
  code: string
  label: string
  requires_review?: boolean
  requires_evidence?: boolean
  restocking_fee_percent_override?: number | null
  active?: boolean
}

export type ReturnReasonCodeListQuery = {
  limit?: number
  offset?: number
  q?: string
  active?: boolean
}

type ReasonCodeResponse = { reason_code: ReturnReasonCode }

type ListResponse = {
  reason_codes: ReturnReasonCode[]
  count: number
  offset: number
  limit: number
}

type DeleteResponse = {
  id: string
  object: "return_reason_code"
  deleted: true
}

export const returnReasonCodeQueryKeys = queryKeysFactory("return_reason_code")

export const useReturnReasonCodes = (query: ReturnReasonCodeListQuery) =>
  useQuery({
    queryKey: returnReasonCodeQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ListResponse>("/admin/return-reason-codes", { query }),
  })

export const useCreateReturnReasonCode = (
  options?: UseMutationOptions<
    ReasonCodeResponse,
    FetchError,
    ReturnReasonCodeInput
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<ReasonCodeResponse>("/admin/return-reason-codes", {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, () => {
      queryClient.invalidateQueries({
        queryKey: returnReasonCodeQueryKeys.all,
      })
    }),
  })
}

export const useUpdateReturnReasonCode = (
  id: string,
  options?: UseMutationOptions<
    ReasonCodeResponse,
    FetchError,
    Partial<ReturnReasonCodeInput>
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<ReasonCodeResponse>(`/admin/return-reason-codes/${id}`, {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, () => {
      queryClient.invalidateQueries({
        queryKey: returnReasonCodeQueryKeys.all,
      })
    }),
  })
}

/** Deletes the reason code whose id is passed to `mutate`. */
export const useDeleteReturnReasonCode = (
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/return-reason-codes/${id}`, {
        method: "DELETE",
      }),
    ...withInvalidation(options, () => {
      queryClient.invalidateQueries({
        queryKey: returnReasonCodeQueryKeys.all,
      })
    }),
  })
}
