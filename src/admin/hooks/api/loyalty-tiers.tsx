import { crudHooks } from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { loyaltyAccountQueryKeys } from "./loyalty-accounts"
import { loyaltyReportQueryKeys } from "./loyalty-reports"
import type {
  AdminCreateLoyaltyTier,
  AdminLoyaltyTier,
  AdminLoyaltyTierDeleteResponse,
  AdminLoyaltyTierListResponse,
  AdminLoyaltyTierResponse,
} from "../../../types/http"

export type LoyaltyTier = AdminLoyaltyTier
export type LoyaltyTierInput = AdminCreateLoyaltyTier

export const loyaltyTierQueryKeys = queryKeysFactory("loyalty_tier")

const tiers = crudHooks<{
  list: AdminLoyaltyTierListResponse
  listQuery: { limit?: number; offset?: number }
  one: AdminLoyaltyTierResponse
  deleted: AdminLoyaltyTierDeleteResponse
  input: LoyaltyTierInput
}>({
  path: "/admin/loyalty/tiers",
  keys: loyaltyTierQueryKeys,
  // Accounts and reports embed the tier name.
  related: [loyaltyAccountQueryKeys.all, loyaltyReportQueryKeys.all],
})

/** A page of tiers, lowest rank first. */
export const useLoyaltyTiers = tiers.useList
/** Creates a tier. */
export const useCreateLoyaltyTier = tiers.useCreate
/** Updates the tier named by `id` in the variables with the rest of them. */
export const useUpdateLoyaltyTier = tiers.useUpdate
/** Deletes the tier whose id is passed to `mutate`. */
export const useDeleteLoyaltyTier = tiers.useDelete
/** Creates a tier, or updates the one whose id is given. */
export const useSaveLoyaltyTier = tiers.useSave

/** Every tier as a filter option (value: the tier id, label: its name). */
export const useTierOptions = () => {
  const { data } = useLoyaltyTiers({ limit: 100 })
  return (data?.tiers ?? []).map((tier) => ({
    value: tier.id,
    label: tier.name,
  }))
}
