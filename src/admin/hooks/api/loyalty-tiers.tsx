import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"

export type LoyaltyTier = {
  id: string
  name: string
  description: string | null
  rank: number
  min_lifetime_spend: number | null
  min_orders: number | null
  min_points: number | null
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
  benefits?: Record<string, unknown>
}

type ListResponse = {
  tiers: LoyaltyTier[]
  count: number
  offset: number
  limit: number
}

export const loyaltyTierQueryKeys = queryKeysFactory("loyalty_tier")

export const useLoyaltyTiers = (query: { limit?: number; offset?: number }) =>
  useQuery({
    queryKey: loyaltyTierQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ListResponse>("/admin/loyalty/tiers", { query }),
  })

export const useCreateLoyaltyTier = (
  options?: UseMutationOptions<
    { tier: LoyaltyTier },
    FetchError,
    LoyaltyTierInput
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<{ tier: LoyaltyTier }>("/admin/loyalty/tiers", {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: loyaltyTierQueryKeys.lists() })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteLoyaltyTier = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/loyalty/tiers/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: loyaltyTierQueryKeys.lists() })
      queryClient.invalidateQueries({
        queryKey: loyaltyTierQueryKeys.detail(id),
      })
    },
  })
}
