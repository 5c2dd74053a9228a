import type { AdminLoyaltyTier } from "../../../../types/http"
import { entityRefetcher } from "../../../utils/query"
import { adminResource } from "../../../utils/resource-routes"

export const defaultAdminTierFields = [
  "id",
  "name",
  "description",
  "rank",
  "min_lifetime_spend",
  "min_orders",
  "min_points",
  "benefits",
  "points_multiplier",
  "period_days",
  "created_at",
  "updated_at",
]

/** `/admin/loyalty/tiers` and `/admin/loyalty/tiers/:id`: query configs and handlers. */
export const adminTiers = adminResource({
  entity: "loyalty_tier",
  key: "tier",
  list: "tiers",
  fields: defaultAdminTierFields,
  refetch: entityRefetcher<AdminLoyaltyTier>("loyalty_tier", "Loyalty tier"),
})
