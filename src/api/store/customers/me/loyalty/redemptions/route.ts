import type { StoreRoute } from "../../../../../utils/http"
import type {
  StoreLoyaltyRedemptionListResponse,
  StoreLoyaltyRedemptionResponse,
} from "../../../../../../types/http"
import { getCustomerLoyalty } from "../../../../../../workflows/loyalty/steps/get-customer-loyalty"
import { listEntities, refetchEntity } from "../../../../../utils/query"
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
  StoreLoyaltyRedemptionListResponse,
  unknown,
  StoreGetRedemptionsParamsType
> = async (req, res) => {
  const { account_id } = await getCustomerLoyalty(
    req.scope,
    req.auth_context.actor_id
  )
  if (!account_id) {
    res.json({ redemptions: [], count: 0, offset: 0, limit: 0 })
    return
  }
  const { data: redemptions, ...page } = await listEntities(req, {
    entity: "loyalty_redemption",
    fields: redemptionFields,
    filters: { account_id },
  })
  res.json({ redemptions, ...page })
}

/**
 * Redeems a reward: the points are debited and a single-use promotion code
 * that only this customer can apply is returned.
 */
export const POST: StoreRoute<
  StoreLoyaltyRedemptionResponse,
  StoreCreateRedemptionType
> = async (req, res) => {
  const { result } = await redeemRewardWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      reward_id: req.validatedBody.reward_id,
    },
  })
  const redemption = await refetchEntity(req.scope, {
    entity: "loyalty_redemption",
    label: "Redemption",
    fields: redemptionFields,
    filters: { id: result.redemption.id },
  })
  res.status(200).json({ redemption })
}
