import type { AdminLoyaltyTier } from "../../../../types/http"
import { entityRefetcher } from "../../../utils/query"

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

export const retrieveTierTransformQueryConfig = {
  defaults: defaultAdminTierFields,
  isList: false,
}

export const listTierTransformQueryConfig = {
  ...retrieveTierTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}

/** One loyalty tier by id with the asked fields, or 404. */
export const refetchTier = entityRefetcher<AdminLoyaltyTier>(
  "loyalty_tier",
  "Loyalty tier"
)
