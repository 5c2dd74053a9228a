import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"
import type {
  CreateRewardDTO,
  UpdateRewardDTO,
} from "../../../modules/loyalty-program/types"
import { validateReward } from "../../../modules/loyalty-program/utils/validate-reward"

export const updateRewardStepId = "update-reward"

/**
 * Updates one reward, checking the result is still coherent (e.g. switching
 * to amount_off needs a currency); compensation restores the changed fields.
 *
 * @example
 * updateRewardStep({ id: "lrwd_123", active: false })
 */
export const updateRewardStep = createStep(
  updateRewardStepId,
  async (input: UpdateRewardDTO, { container }) => {
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    const before = await service.retrieveLoyaltyReward(input.id)
    validateReward({
      ...before,
      value: Number(before.value),
      ...input,
    } as CreateRewardDTO)
    const reward = await service.updateLoyaltyRewards(input)

    const previous = Object.fromEntries(
      Object.keys(input).map((key) => [key, before[key]])
    ) as UpdateRewardDTO
    return new StepResponse(reward, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    await service.updateLoyaltyRewards(previous)
  }
)
