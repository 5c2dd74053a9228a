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

export type LoyaltyRewardKind = "amount_off" | "percent_off" | "free_shipping"

export type LoyaltyReward = {
  id: string
  name: string
  description: string | null
  points_cost: number
  kind: LoyaltyRewardKind
  value: number
  currency_code: string | null
  min_tier_rank: number | null
  active: boolean
  stock: number | null
  valid_days: number
  created_at: string
  updated_at: string
}

export type LoyaltyRewardInput = {
  name: string
  description?: string | null
  points_cost: number
  kind: LoyaltyRewardKind
  value: number
  currency_code?: string
  min_tier_rank?: number | null
  active?: boolean
  stock?: number | null
  valid_days?: number
}

export type LoyaltyRewardListQuery = {
  limit?: number
  offset?: number
  q?: string
  active?: boolean
}

type RewardResponse = { reward: LoyaltyReward }

type ListResponse = {
  rewards: LoyaltyReward[]
  count: number
  offset: number
  limit: number
}

type DeleteResponse = { id: string; object: "loyalty_reward"; deleted: true }

export const loyaltyRewardQueryKeys = queryKeysFactory("loyalty_reward")

export const useLoyaltyRewards = (query: LoyaltyRewardListQuery) =>
  useQuery({
    queryKey: loyaltyRewardQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ListResponse>("/admin/loyalty/rewards", { query }),
  })

export const useLoyaltyReward = (id: string) =>
  useQuery({
    queryKey: loyaltyRewardQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<RewardResponse>(`/admin/loyalty/rewards/${id}`),
  })

export const useCreateLoyaltyReward = (
  options?: UseMutationOptions<RewardResponse, FetchError, LoyaltyRewardInput>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<RewardResponse>("/admin/loyalty/rewards", {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, () => {
      queryClient.invalidateQueries({
        queryKey: loyaltyRewardQueryKeys.lists(),
      })
    }),
  })
}

/** Updates the reward named by `id` in the variables with the rest of them. */
export const useUpdateLoyaltyReward = (
  options?: UseMutationOptions<
    RewardResponse,
    FetchError,
    Partial<LoyaltyRewardInput> & { id: string }
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }) =>
      sdk.client.fetch<RewardResponse>(`/admin/loyalty/rewards/${id}`, {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, (_data, variables) => {
      queryClient.invalidateQueries({
        queryKey: loyaltyRewardQueryKeys.lists(),
      })
      queryClient.invalidateQueries({
        queryKey: loyaltyRewardQueryKeys.detail(variables.id),
      })
    }),
  })
}

/** Deletes the reward whose id is passed to `mutate`. */
export const useDeleteLoyaltyReward = (
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/loyalty/rewards/${id}`, {
        method: "DELETE",
      }),
    ...withInvalidation(options, (_data, id) => {
      queryClient.invalidateQueries({
        queryKey: loyaltyRewardQueryKeys.lists(),
      })
      queryClient.invalidateQueries({
        queryKey: loyaltyRewardQueryKeys.detail(id),
      })
    }),
  })
}
