import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"

export type ValidateRedemptionStepInput = {
  customer_id: string
  reward_id: string
}

export const validateRedemptionStepId = "validate-redemption"

/**
 * Checks a customer may redeem a reward: it exists and is active, their tier
 * is high enough and they have the points. The balance is checked again
 * under the account lock when the points are debited; this step gives the
 * clear message first.
 *
 * @example
 * const { reward, account } = validateRedemptionStep({ customer_id, reward_id })
 */
export const validateRedemptionStep = createStep(
  validateRedemptionStepId,
  async (input: ValidateRedemptionStepInput, { container }) => {
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    const [reward] = await service.listLoyaltyRewards({ id: input.reward_id })
    if (!reward) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `reward_id: no reward with id ${input.reward_id}`
      )
    }
    if (!reward.active) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `reward_id: reward "${reward.name}" is not active`
      )
    }
    if (reward.stock !== null && reward.stock <= 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `reward_id: reward "${reward.name}" is out of stock`
      )
    }

    const account = await service.retrieveAccountByCustomer(input.customer_id)
    const rank = account?.tier?.rank ?? -1
    if (reward.min_tier_rank != null && rank < reward.min_tier_rank) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `reward_id: reward "${reward.name}" needs a higher tier than ${
          account?.tier?.name ?? "none"
        }`
      )
    }
    const available = account?.points_available ?? 0
    if (available < reward.points_cost) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Insufficient points: ${available} available, ${reward.points_cost} needed`
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
