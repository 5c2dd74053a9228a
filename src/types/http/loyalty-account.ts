import type { z } from "@medusajs/framework/zod"
import type {
  AdminAdjustPoints,
  AdminGetAccountsParams,
  AdminLockTier,
} from "../../api/admin/loyalty/accounts/validators"
import type {
  LoyaltyBalanceCheckResult,
  PointsEntryType,
} from "../../modules/loyalty-program/types"
import type { NextTierGap } from "../../modules/loyalty-program/utils/next-tier"
import type { RewardUnavailableReason } from "../../modules/loyalty-program/utils/redeemability"
import type { AdminLoyaltyReward } from "./loyalty-reward"
import type { PaginatedResponse, Serialized } from "./common"

/** A program member as staff list them. Amounts in the store's currency. */
export type AdminLoyaltyAccount = {
  id: string
  customer_id: string
  /** null only when the customer was deleted since. */
  customer: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
  } | null
  tier: { id: string; name: string; rank: number } | null
  points_available: number
  points_pending: number
  points_debt: number
  lifetime_spend: number
  orders_in_period: number
  tier_evaluated_at: string | null
  tier_locked: boolean
  tier_lock_reason: string | null
  tier_lock_expires_at: string | null
  tier_locked_by: string | null
  created_at: string
}

/** A tier change, newest first, with the tiers' names (deleted ones too). */
export type AdminLoyaltyTierChange = {
  id: string
  from_tier_id: string | null
  to_tier_id: string | null
  from_tier_name: string | null
  to_tier_name: string | null
  changed_by: string | null
  reason: string | null
  created_at: string
}

export type AdminLoyaltyAccountDetail = AdminLoyaltyAccount & {
  tier_changes: AdminLoyaltyTierChange[]
}

/** A line of a customer's points ledger. */
export type LoyaltyPointsEntry = {
  id: string
  type: PointsEntryType
  points: number
  status: "pending" | "available" | "void"
  available_at: string | null
  expires_at: string | null
  /** Points this entry could not take back because they were spent. */
  debt: number
  source_type: string | null
  source_id: string | null
  note: string | null
  /** Staff only: the admin who adjusted by hand. */
  created_by?: string | null
  created_at: string
}

export type AdminLoyaltyAccountListParams = z.input<
  typeof AdminGetAccountsParams
>
export type AdminAdjustLoyaltyPoints = z.input<typeof AdminAdjustPoints>
export type AdminLockLoyaltyTier = z.input<typeof AdminLockTier>

export type AdminLoyaltyAccountListResponse = PaginatedResponse<{
  accounts: AdminLoyaltyAccount[]
}>
/** One customer's account; null when they have not earned anything yet. */
export type AdminLoyaltyAccountResponse = {
  account: AdminLoyaltyAccountDetail | null
}
/** A customer's ledger, for staff and for the signed-in customer. */
export type LoyaltyPointsEntryListResponse = PaginatedResponse<{
  entries: LoyaltyPointsEntry[]
}>

/** The signed-in customer's standing in the program. */
export type StoreLoyalty = {
  tier: { id: string; name: string; rank: number } | null
  benefits: Record<string, unknown>
  points_available: number
  points_pending: number
  points_debt: number
  lifetime_spend: number
  orders_in_period: number
  /** Set while staff hold the customer on the tier. */
  tier_locked_until: string | null
  /** What is missing for the next tier; null at the top tier. */
  next_tier: NextTierGap | null
}
export type StoreLoyaltyResponse = { loyalty: StoreLoyalty }

/** A reward code the customer was issued. */
export type StoreLoyaltyRedemption = {
  id: string
  code: string
  points: number
  status: "issued" | "used" | "canceled"
  expires_at: string | null
  created_at: string
  reward: Pick<
    AdminLoyaltyReward,
    "id" | "name" | "kind" | "value" | "currency_code"
  >
}
export type StoreLoyaltyRedemptionResponse = {
  redemption: StoreLoyaltyRedemption
}
export type StoreLoyaltyRedemptionListResponse = PaginatedResponse<{
  redemptions: StoreLoyaltyRedemption[]
}>

/**
 * A reward of the catalogue; `can_redeem` and `unavailable_reason` only for
 * a signed-in customer.
 */
export type StoreLoyaltyReward = Omit<
  AdminLoyaltyReward,
  "active" | "created_at" | "updated_at"
> & {
  can_redeem?: boolean
  unavailable_reason?: RewardUnavailableReason | null
}
export type StoreLoyaltyRewardListResponse = PaginatedResponse<{
  rewards: StoreLoyaltyReward[]
}>

/** `POST /admin/loyalty/balance-checks`: the check just run and stored. */
export type AdminLoyaltyBalanceCheckResponse = {
  balance_check: Serialized<LoyaltyBalanceCheckResult>
}
