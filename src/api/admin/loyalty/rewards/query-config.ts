import type { AdminLoyaltyReward } from "../../../../types/http"
import { entityRefetcher } from "../../../utils/query"
import { adminResource } from "../../../utils/resource-routes"

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

/** `/admin/loyalty/rewards` and `/admin/loyalty/rewards/:id`: query configs and handlers. */
export const adminRewards = adminResource({
  entity: "loyalty_reward",
  key: "reward",
  list: "rewards",
  fields: defaultAdminRewardFields,
  refetch: entityRefetcher<AdminLoyaltyReward>(
    "loyalty_reward",
    "Loyalty reward"
  ),
})
