import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoyaltyOrderFactInput } from "../../../modules/loyalty-program/types"
import { loyaltyProgramStep } from "../../utils/module-step"

export const syncOrderFactStepId = "sync-order-fact"

/**
 * Records a customer order for the program report's purchase figures, or
 * brings its row up to date (the ledger's points, canceled): run after the
 * order's points are written. Null (a guest order) writes nothing.
 * Compensation puts the row back as it was, or removes a new one.
 *
 * @example
 * syncOrderFactStep({ order_id, customer_id, placed_at, amount: 89, tier_id })
 */
export const syncOrderFactStep = loyaltyProgramStep(
  syncOrderFactStepId,
  async (input: LoyaltyOrderFactInput | null, service) => {
    if (!input) {
      return new StepResponse(undefined)
    }
    const previous = await service.syncOrderFact(input)
    return new StepResponse(undefined, { order_id: input.order_id, previous })
  },
  async (undo, service) => {
    await service.restoreOrderFact(undo.order_id, undo.previous)
  }
)
