import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateTier,
  AdminUpdateTier,
} from "../../api/admin/loyalty/tiers/validators"
import type { DeleteResponse, PaginatedResponse } from "./common"

export type AdminLoyaltyTier = {
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

export type AdminCreateLoyaltyTier = z.input<typeof AdminCreateTier>
export type AdminUpdateLoyaltyTier = z.input<typeof AdminUpdateTier>

export type AdminLoyaltyTierResponse = { tier: AdminLoyaltyTier }
export type AdminLoyaltyTierListResponse = PaginatedResponse<{
  tiers: AdminLoyaltyTier[]
}>
export type AdminLoyaltyTierDeleteResponse = DeleteResponse<"loyalty_tier">
