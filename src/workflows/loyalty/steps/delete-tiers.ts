import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_PROGRAM_MODULE } from "../../../modules/loyalty-program"
import type LoyaltyProgramModuleService from "../../../modules/loyalty-program/service"

export const deleteTiersStepId = "delete-tiers"

/**
 * Soft-deletes tiers; compensation restores them.
 *
 * @example
 * deleteTiersStep(["ltier_123"])
 */
export const deleteTiersStep = createStep(
  deleteTiersStepId,
  async (ids: string[], { container }) => {
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    await service.softDeleteLoyaltyTiers(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: LoyaltyProgramModuleService = container.resolve(
      LOYALTY_PROGRAM_MODULE
    )
    await service.restoreLoyaltyTiers(ids)
  }
)
