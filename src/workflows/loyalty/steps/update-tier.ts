import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"
import type { UpdateTierDTO } from "../../../modules/loyalty-program/types"

export const updateTierStepId = "update-tier"

/**
 * Updates one tier; compensation restores the fields it changed.
 *
 * @example
 * updateTierStep({ id: "ltier_123", name: "Platinum" })
 */
export const updateTierStep = createStep(
  updateTierStepId,
  async (input: UpdateTierDTO, { container }) => {
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    const before = await service.retrieveLoyaltyTier(input.id)
    const tier = await service.updateLoyaltyTiers(input)

    const previous = Object.fromEntries(
      Object.keys(input).map((key) => [key, before[key]])
    ) as UpdateTierDTO

    return new StepResponse(tier, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    await service.updateLoyaltyTiers(previous)
  }
)
