import { updateRecordStep } from "../../utils/crud-steps"
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
export const updateTierStep = updateRecordStep(
  updateTierStepId,
  LOYALTY_PROGRAM_MODULE,
  {
    retrieve: (service: LoyaltyProgramModuleService, id) =>
      service.retrieveLoyaltyTier(id),
    update: (service, input: UpdateTierDTO) =>
      service.updateLoyaltyTiers(input),
  }
)
