import { updateRecordStep } from "../../utils/crud-steps"
import { loyaltyProgramStep } from "../../utils/module-step"
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
  loyaltyProgramStep,
  {
    retrieve: (service, id) => service.retrieveLoyaltyReward(id),
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
