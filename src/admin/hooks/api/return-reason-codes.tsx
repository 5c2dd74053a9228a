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
  AdminCreateReturnReasonCode,
  AdminReturnReasonCode,
  AdminReturnReasonCodeDeleteResponse,
  AdminReturnReasonCodeListResponse,
  AdminReturnReasonCodeResponse,
} from "../../../types/http"

export type ReturnReasonCode = AdminReturnReasonCode
export type ReturnReasonCodeInput = AdminCreateReturnReasonCode

export type ReturnReasonCodeListQuery = {
  limit?: number
  offset?: number
  q?: string
  active?: boolean
}

export const returnReasonCodeQueryKeys = queryKeysFactory("return_reason_code")

export const useReturnReasonCodes = (query: ReturnReasonCodeListQuery) =>
  useQuery({
    queryKey: returnReasonCodeQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminReturnReasonCodeListResponse>(
        "/admin/return-reason-codes",
        { query }
      ),
  })

export const useCreateReturnReasonCode = (
  options?: UseMutationOptions<
    AdminReturnReasonCodeResponse,
    FetchError,
    ReturnReasonCodeInput
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminReturnReasonCodeResponse>(
        "/admin/return-reason-codes",
        {
          method: "POST",
          body,
        }
      ),
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
    AdminReturnReasonCodeResponse,
    FetchError,
    Partial<ReturnReasonCodeInput>
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminReturnReasonCodeResponse>(
        `/admin/return-reason-codes/${id}`,
        {
          method: "POST",
          body,
        }
      ),
    ...withInvalidation(options, () => {
      queryClient.invalidateQueries({
        queryKey: returnReasonCodeQueryKeys.all,
      })
    }),
  })
}

/** Deletes the reason code whose id is passed to `mutate`. */
export const useDeleteReturnReasonCode = (
  options?: UseMutationOptions<
    AdminReturnReasonCodeDeleteResponse,
    FetchError,
    string
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id) =>
      sdk.client.fetch<AdminReturnReasonCodeDeleteResponse>(
        `/admin/return-reason-codes/${id}`,
        {
          method: "DELETE",
        }
      ),
    ...withInvalidation(options, () => {
      queryClient.invalidateQueries({
        queryKey: returnReasonCodeQueryKeys.all,
      })
    }),
  })
}
