import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateTier,
  AdminUpdateTier,
} from "../../api/admin/loyalty/tiers/validators"
import type { CreateTierDTO } from "../../modules/loyalty-program/types"
import type { DeleteResponse, PaginatedResponse, Persisted } from "./common"

/** A loyalty tier as staff read it (fields documented on `CreateTierDTO`). */
export type AdminLoyaltyTier = Persisted<CreateTierDTO>

export type AdminCreateLoyaltyTier = z.input<typeof AdminCreateTier>
export type AdminUpdateLoyaltyTier = z.input<typeof AdminUpdateTier>

export type AdminLoyaltyTierResponse = { tier: AdminLoyaltyTier }
export type AdminLoyaltyTierListResponse = PaginatedResponse<{
  tiers: AdminLoyaltyTier[]
}>
export type AdminLoyaltyTierDeleteResponse = DeleteResponse<"loyalty_tier">
