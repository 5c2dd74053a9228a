import type { AdminLoyaltyReward } from "../../../../types/http"
import { entityRefetcher } from "../../../utils/query"

export const defaultAdminRewardFields = [
  "id",
  "name",
  "description",
  "points_cost",
  "kind",
  "value",
  "currency_code",
  "min_tier_rank",
  "active",
  "stock",
  "valid_days",
  "created_at",
  "updated_at",
]

export const retrieveRewardTransformQueryConfig = {
  defaults: defaultAdminRewardFields,
  isList: false,
}

export const listRewardTransformQueryConfig = {
  ...retrieveRewardTransformQueryConfig,
  defaultLimit: 50,
  isList: true,
}

/** One loyalty reward by id with the asked fields, or 404. */
export const refetchReward = entityRefetcher<AdminLoyaltyReward>(
  "loyalty_reward",
  "Loyalty reward"
)
