import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateReward,
  AdminUpdateReward,
} from "../../api/admin/loyalty/rewards/validators"
import type { CreateRewardDTO } from "../../modules/loyalty-program/types"
import type { DeleteResponse, PaginatedResponse, Persisted } from "./common"

export type { RewardKind as LoyaltyRewardKind } from "../../modules/loyalty-program/types"

/** A loyalty reward as staff read it (fields documented on `CreateRewardDTO`). */
export type AdminLoyaltyReward = Persisted<CreateRewardDTO>

export type AdminCreateLoyaltyReward = z.input<typeof AdminCreateReward>
export type AdminUpdateLoyaltyReward = z.input<typeof AdminUpdateReward>

export type AdminLoyaltyRewardResponse = { reward: AdminLoyaltyReward }
export type AdminLoyaltyRewardListResponse = PaginatedResponse<{
  rewards: AdminLoyaltyReward[]
}>
export type AdminLoyaltyRewardDeleteResponse = DeleteResponse<"loyalty_reward">
