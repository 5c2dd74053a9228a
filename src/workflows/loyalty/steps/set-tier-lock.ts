import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SetTierLockInput } from "../../../modules/loyalty-program/types"
import { loyaltyProgramStep } from "../../utils/module-step"

export const setTierLockStepId = "set-tier-lock"

/**
 * Locks a customer on a tier or lifts the lock, auditing a tier change;
 * compensation restores the previous lock and tier.
 *
 * @example
 * setTierLockStep({ customer_id, locked: true, tier_id, reason: "Key account", locked_by: "user_123" })
 */
export const setTierLockStep = loyaltyProgramStep(
  setTierLockStepId,
  async (input: SetTierLockInput, service) => {
    const result = await service.setTierLock(input)
    return new StepResponse(result.change, result)
  },
  async (result, service) => {
    await service.restoreTierLock(result.previous, result.change)
  }
)
