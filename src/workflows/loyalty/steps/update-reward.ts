import { updateRecordStep } from "../../utils/crud-steps"
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
export const updateRewardStep = updateRecordStep(
  updateRewardStepId,
  LOYALTY_PROGRAM_MODULE,
  {
    retrieve: (service: LoyaltyProgramModuleService, id) =>
      service.retrieveLoyaltyReward(id),
    validate: (before, input: UpdateRewardDTO) =>
      validateReward({
        ...before,
        value: Number(before.value),
        ...input,
      } as CreateRewardDTO),
    update: (service, input: UpdateRewardDTO) =>
      service.updateLoyaltyRewards(input),
  }
)
