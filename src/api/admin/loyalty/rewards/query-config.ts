import type { AdminLoyaltyReward } from "../../../../types/http"
import { entityRefetcher } from "../../../utils/query"
import { rewardFields } from "../../../utils/loyalty-rewards"
import { adminResource } from "../../../utils/resource-routes"

/** Staff also see whether a reward is active, and when it changed. */
export const defaultAdminRewardFields = [
  ...rewardFields,
  "active",
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
