import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"
import type { CreateTierDTO } from "../../../modules/loyalty-program/types"

export const createTiersStepId = "create-tiers"

/**
 * Creates loyalty tiers; compensation deletes exactly the tiers it created.
 *
 * @example
 * createTiersStep([{ name: "Gold", rank: 2, min_lifetime_spend: 1000 }])
 */
export const createTiersStep = createStep(
  createTiersStepId,
  async (input: CreateTierDTO[], { container }) => {
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    const tiers = await service.createLoyaltyTiers(input)

    return new StepResponse(
      tiers,
      tiers.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    await service.deleteLoyaltyTiers(ids)
  }
)
