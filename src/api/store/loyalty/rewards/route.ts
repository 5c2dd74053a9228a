import type { StoreRoute } from "../../../utils/http"
import type {
  StoreLoyaltyReward,
  StoreLoyaltyRewardListResponse,
} from "../../../../types/http"
import { listEntities } from "../../../utils/query"
import { LOYALTY_PROGRAM_MODULE } from "../../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../../modules/loyalty-program/service"
import { rewardRedeemability } from "../../../../modules/loyalty-program/utils/redeemability"

// What `rewardRedeemability` reads, fetched whatever fields were asked for.
const RULE_FIELDS = ["name", "active", "stock", "min_tier_rank", "points_cost"]

/** Only the top-level fields the client asked for (`*`: all of them). */
const pickFields = (row: Record<string, unknown>, fields: string[]) => {
  const keys = new Set(fields.map((f) => f.split(".")[0]))
  return keys.has("*")
    ? row
    : Object.fromEntries(Object.entries(row).filter(([key]) => keys.has(key)))
}

/**
 * The rewards catalogue: active rewards still in stock, filtered in the
 * query so `count` and paging agree with what is listed. A signed-in
 * customer also sees, per reward, whether they can redeem it now and why
 * not (`rewardRedeemability`, the redemption's own rule).
 */
export const GET: StoreRoute<StoreLoyaltyRewardListResponse> = async (
  req,
  res
) => {
  const customerId = req.auth_context?.actor_id
  const fields = req.queryConfig.fields
  const { data: rewards, ...page } = await listEntities(req, {
    entity: "loyalty_reward",
    fields: customerId ? [...new Set([...fields, ...RULE_FIELDS])] : fields,
    filters: {
      active: true,
      $or: [{ stock: null }, { stock: { $gt: 0 } }],
    },
  })

  if (!customerId) {
    res.json({ rewards, ...page })
    return
  }

  const service: LoyaltyProgramModuleService = req.scope.resolve(
    LOYALTY_PROGRAM_MODULE
  )
  const account = await service.retrieveAccountByCustomer(customerId)
  const customer = {
    tier: account?.tier ?? null,
    points_available: account?.points_available ?? 0,
  }
  res.json({
    rewards: rewards.map((reward) => {
      const verdict = rewardRedeemability(reward, customer)
      // The reward with the fields asked for (the default ones unless named).
      return {
        ...pickFields(reward, fields),
        can_redeem: verdict.redeemable,
        unavailable_reason: verdict.reason,
      } as StoreLoyaltyReward
    }),
    ...page,
  })
}
