import type { StoreRoute } from "../../../../../utils/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { redeemRewardWorkflow } from "../../../../../../workflows/loyalty"
import type {
  StoreCreateRedemptionType,
  StoreGetRedemptionsParamsType,
} from "../validators"

const redemptionFields = [
  "id",
  "code",
  "points",
  "status",
  "expires_at",
  "created_at",
  "reward.id",
  "reward.name",
  "reward.kind",
  "reward.value",
  "reward.currency_code",
]

/** The signed-in customer's issued reward codes, newest first. */
export const GET: StoreRoute<
  unknown,
  unknown,
  StoreGetRedemptionsParamsType
> = async (req, res) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: accounts } = await query.graph({
    entity: "loyalty_account",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id },
  })
  if (!accounts.length) {
    return res.json({ redemptions: [], count: 0, offset: 0, limit: 0 })
  }
  const { data: redemptions, metadata } = await query.graph({
    entity: "loyalty_redemption",
    fields: redemptionFields,
    filters: { account_id: accounts[0].id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    redemptions,
    count: metadata?.count ?? redemptions.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? redemptions.length,
  })
}

/**
 * Redeems a reward: the points are debited and a single-use promotion code
 * that only this customer can apply is returned.
 */
export const POST: StoreRoute<unknown, StoreCreateRedemptionType> = async (
  req,
  res
) => {
  const { result } = await redeemRewardWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      reward_id: req.validatedBody.reward_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [redemption],
  } = await query.graph({
    entity: "loyalty_redemption",
    fields: redemptionFields,
    filters: { id: result.redemption.id },
  })
  res.status(200).json({ redemption })
}
