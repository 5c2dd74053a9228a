import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export type EvaluateTiersStepInput = {
  /** Limit to these customers; omitted: everybody (nightly). */
  customer_ids?: string[]
  changed_by: string
}

export const evaluateTiersStepId = "evaluate-tiers"

/**
 * Re-evaluates tiers and records every change; compensation puts the
 * previous tiers back.
 *
 * @example
 * const changes = evaluateTiersStep({ customer_ids: ["cus_123"], changed_by: "system" })
 */
export const evaluateTiersStep = loyaltyProgramStep(
  evaluateTiersStepId,
  async (input: EvaluateTiersStepInput, service) => {
    const changes = await service.evaluateTiers({
      customer_ids: input.customer_ids,
      changed_by: input.changed_by,
      now: new Date(),
    })
    return new StepResponse(changes, changes)
  },
  async (changes, service) => {
    await service.revertTierChanges(changes)
  }
)
