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
  AdminCreateLoyaltyReward,
  AdminLoyaltyReward,
  AdminLoyaltyRewardDeleteResponse,
  AdminLoyaltyRewardListResponse,
  AdminLoyaltyRewardResponse,
  LoyaltyRewardKind,
} from "../../../types/http"

export type { LoyaltyRewardKind }
export type LoyaltyReward = AdminLoyaltyReward
export type LoyaltyRewardInput = AdminCreateLoyaltyReward

export type LoyaltyRewardListQuery = {
  limit?: number
  offset?: number
  q?: string
  active?: boolean
}

export const loyaltyRewardQueryKeys = queryKeysFactory("loyalty_reward")

export const useLoyaltyRewards = (query: LoyaltyRewardListQuery) =>
  useQuery({
    queryKey: loyaltyRewardQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminLoyaltyRewardListResponse>(
        "/admin/loyalty/rewards",
        { query }
      ),
  })

export const useLoyaltyReward = (id: string) =>
  useQuery({
    queryKey: loyaltyRewardQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<AdminLoyaltyRewardResponse>(
        `/admin/loyalty/rewards/${id}`
      ),
  })

export const useCreateLoyaltyReward = (
  options?: UseMutationOptions<
    AdminLoyaltyRewardResponse,
    FetchError,
    LoyaltyRewardInput
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminLoyaltyRewardResponse>("/admin/loyalty/rewards", {
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
    AdminLoyaltyRewardResponse,
    FetchError,
    Partial<LoyaltyRewardInput> & { id: string }
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }) =>
      sdk.client.fetch<AdminLoyaltyRewardResponse>(
        `/admin/loyalty/rewards/${id}`,
        {
          method: "POST",
          body,
        }
      ),
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
  options?: UseMutationOptions<
    AdminLoyaltyRewardDeleteResponse,
    FetchError,
    string
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id) =>
      sdk.client.fetch<AdminLoyaltyRewardDeleteResponse>(
        `/admin/loyalty/rewards/${id}`,
        {
          method: "DELETE",
        }
      ),
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
