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

export type LoyaltyTier = {
  id: string
  name: string
  description: string | null
  rank: number
  min_lifetime_spend: number | null
  min_orders: number | null
  min_points: number | null
  points_multiplier: number
  period_days: number | null
  benefits: Record<string, unknown>
  created_at: string
  updated_at: string
}

export type LoyaltyTierInput = {
  name: string
  rank: number
  description?: string | null
  min_lifetime_spend?: number | null
  min_orders?: number | null
  min_points?: number | null
  points_multiplier?: number
  period_days?: number | null
  benefits?: Record<string, unknown>
}

type TierResponse = { tier: LoyaltyTier }

type ListResponse = {
  tiers: LoyaltyTier[]
  count: number
  offset: number
  limit: number
}

type DeleteResponse = { id: string; object: "loyalty_tier"; deleted: true }

export const loyaltyTierQueryKeys = queryKeysFactory("loyalty_tier")

export const useLoyaltyTiers = (query: { limit?: number; offset?: number }) =>
  useQuery({
    queryKey: loyaltyTierQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ListResponse>("/admin/loyalty/tiers", { query }),
  })

export const useCreateLoyaltyTier = (
  options?: UseMutationOptions<TierResponse, FetchError, LoyaltyTierInput>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<TierResponse>("/admin/loyalty/tiers", {
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
    TierResponse,
    FetchError,
    Partial<LoyaltyTierInput>
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<TierResponse>(`/admin/loyalty/tiers/${id}`, {
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
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/loyalty/tiers/${id}`, {
        method: "DELETE",
      }),
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
