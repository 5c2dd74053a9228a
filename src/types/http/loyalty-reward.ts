import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateReward,
  AdminUpdateReward,
} from "../../api/admin/loyalty/rewards/validators"
import type { DeleteResponse, PaginatedResponse } from "./common"

export type LoyaltyRewardKind = "amount_off" | "percent_off" | "free_shipping"

export type AdminLoyaltyReward = {
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

export type AdminCreateLoyaltyReward = z.input<typeof AdminCreateReward>
export type AdminUpdateLoyaltyReward = z.input<typeof AdminUpdateReward>

export type AdminLoyaltyRewardResponse = { reward: AdminLoyaltyReward }
export type AdminLoyaltyRewardListResponse = PaginatedResponse<{
  rewards: AdminLoyaltyReward[]
}>
export type AdminLoyaltyRewardDeleteResponse = DeleteResponse<"loyalty_reward">
