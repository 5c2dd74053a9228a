import { crudHooks, ListQuery } from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
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

export type LoyaltyRewardListQuery = ListQuery & { active?: boolean }

export const loyaltyRewardQueryKeys = queryKeysFactory("loyalty_reward")

const rewards = crudHooks<{
  list: AdminLoyaltyRewardListResponse
  listQuery: LoyaltyRewardListQuery
  one: AdminLoyaltyRewardResponse
  deleted: AdminLoyaltyRewardDeleteResponse
  input: LoyaltyRewardInput
}>({ path: "/admin/loyalty/rewards", keys: loyaltyRewardQueryKeys })

/** A page of the rewards catalogue. */
export const useLoyaltyRewards = rewards.useList
/** One reward. */
export const useLoyaltyReward = rewards.useDetail
/** Creates a reward. */
export const useCreateLoyaltyReward = rewards.useCreate
/** Updates the reward named by `id` in the variables with the rest of them. */
export const useUpdateLoyaltyReward = rewards.useUpdate
/** Deletes the reward whose id is passed to `mutate`. */
export const useDeleteLoyaltyReward = rewards.useDelete
/** Creates a reward, or updates the one whose id is given. */
export const useSaveLoyaltyReward = rewards.useSave
