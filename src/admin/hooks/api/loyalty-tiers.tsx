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
import { loyaltyAccountQueryKeys } from "./loyalty-accounts"
import { loyaltyReportQueryKeys } from "./loyalty-reports"
import type {
  AdminCreateLoyaltyTier,
  AdminLoyaltyTier,
  AdminLoyaltyTierDeleteResponse,
  AdminLoyaltyTierListResponse,
  AdminLoyaltyTierResponse,
} from "../../../types/http"

export type LoyaltyTier = AdminLoyaltyTier
export type LoyaltyTierInput = AdminCreateLoyaltyTier

export const loyaltyTierQueryKeys = queryKeysFactory("loyalty_tier")

export const useLoyaltyTiers = (query: { limit?: number; offset?: number }) =>
  useQuery({
    queryKey: loyaltyTierQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminLoyaltyTierListResponse>("/admin/loyalty/tiers", {
        query,
      }),
  })

export const useCreateLoyaltyTier = (
  options?: UseMutationOptions<
    AdminLoyaltyTierResponse,
    FetchError,
    LoyaltyTierInput
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminLoyaltyTierResponse>("/admin/loyalty/tiers", {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, () => {
      queryClient.invalidateQueries({ queryKey: loyaltyTierQueryKeys.lists() })
      queryClient.invalidateQueries({ queryKey: loyaltyReportQueryKeys.all })
    }),
  })
}

export const useUpdateLoyaltyTier = (
  id: string,
  options?: UseMutationOptions<
    AdminLoyaltyTierResponse,
    FetchError,
    Partial<LoyaltyTierInput>
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminLoyaltyTierResponse>(`/admin/loyalty/tiers/${id}`, {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, () => {
      queryClient.invalidateQueries({ queryKey: loyaltyTierQueryKeys.lists() })
      queryClient.invalidateQueries({
        queryKey: loyaltyTierQueryKeys.detail(id),
      })
      // Accounts and reports embed the tier name.
      queryClient.invalidateQueries({ queryKey: loyaltyAccountQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: loyaltyReportQueryKeys.all })
    }),
  })
}

/** Deletes the tier whose id is passed to `mutate`. */
export const useDeleteLoyaltyTier = (
  options?: UseMutationOptions<
    AdminLoyaltyTierDeleteResponse,
    FetchError,
    string
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id) =>
      sdk.client.fetch<AdminLoyaltyTierDeleteResponse>(
        `/admin/loyalty/tiers/${id}`,
        {
          method: "DELETE",
        }
      ),
    ...withInvalidation(options, (_data, id) => {
      queryClient.invalidateQueries({ queryKey: loyaltyTierQueryKeys.lists() })
      queryClient.invalidateQueries({
        queryKey: loyaltyTierQueryKeys.detail(id),
      })
      queryClient.invalidateQueries({ queryKey: loyaltyAccountQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: loyaltyReportQueryKeys.all })
    }),
  })
}
