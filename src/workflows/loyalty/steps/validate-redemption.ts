import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { rewardRedeemability } from "../../../modules/loyalty-program/utils/redeemability"
import { loyaltyProgramStep } from "../../utils/module-step"

export type ValidateRedemptionStepInput = {
  customer_id: string
  reward_id: string
}

export const validateRedemptionStepId = "validate-redemption"

/**
 * Checks a customer may redeem a reward: it exists, and
 * `rewardRedeemability` (active, in stock, tier, points) says yes. The
 * balance is checked again under the account lock when the points are
 * debited; this step gives the clear message first.
 *
 * @example
 * const { reward, account } = validateRedemptionStep({ customer_id, reward_id })
 */
export const validateRedemptionStep = loyaltyProgramStep(
  validateRedemptionStepId,
  async (input: ValidateRedemptionStepInput, service) => {
    const [reward] = await service.listLoyaltyRewards({ id: input.reward_id })
    if (!reward) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `reward_id: no reward with id ${input.reward_id}`
      )
    }
    const account = await service.retrieveAccountByCustomer(input.customer_id)
    const verdict = rewardRedeemability(
      {
        name: reward.name,
        active: reward.active,
        stock: reward.stock,
        min_tier_rank: reward.min_tier_rank,
        points_cost: reward.points_cost,
      },
      {
        tier: account?.tier ?? null,
        points_available: account?.points_available ?? 0,
      }
    )
    if (!verdict.redeemable) {
      throw new MedusaError(
        verdict.reason === "inactive"
          ? MedusaError.Types.INVALID_DATA
          : MedusaError.Types.NOT_ALLOWED,
        verdict.message
      )
    }

    return new StepResponse({
      reward: {
        id: reward.id,
        name: reward.name,
        points_cost: reward.points_cost,
        kind: reward.kind,
        value: Number(reward.value),
        currency_code: reward.currency_code,
        valid_days: reward.valid_days,
      },
    })
  }
)
