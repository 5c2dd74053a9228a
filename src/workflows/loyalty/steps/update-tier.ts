import { updateRecordStep } from "../../utils/crud-steps"
import { loyaltyProgramStep } from "../../utils/module-step"
import type { UpdateTierDTO } from "../../../modules/loyalty-program/types"

export const updateTierStepId = "update-tier"

/**
 * Updates one tier; compensation restores the fields it changed.
 *
 * @example
 * updateTierStep({ id: "ltier_123", name: "Platinum" })
 */
export const updateTierStep = updateRecordStep(
  updateTierStepId,
  loyaltyProgramStep,
  {
    retrieve: (service, id) => service.retrieveLoyaltyTier(id),
    update: (service, input: UpdateTierDTO) =>
      service.updateLoyaltyTiers(input),
  }
)
