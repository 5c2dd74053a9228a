import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export type CreateRedemptionStepInput = {
  id: string
  account_id: string
  reward_id: string
  points: number
  promotion_id: string
  code: string
  expires_at: Date | null
}

export const createRedemptionStepId = "create-redemption"

/**
 * Records an issued reward; compensation deletes the record.
 *
 * @example
 * createRedemptionStep({ id, account_id, reward_id, points, promotion_id, code, expires_at })
 */
export const createRedemptionStep = loyaltyProgramStep(
  createRedemptionStepId,
  async (input: CreateRedemptionStepInput, service) => {
    const redemption = await service.createLoyaltyRedemptions({
      ...input,
      account_id: input.account_id,
      status: "issued",
    })
    return new StepResponse(redemption, redemption.id)
  },
  async (id, service) => {
    await service.deleteLoyaltyRedemptions(id)
  }
)
