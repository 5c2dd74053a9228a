import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_DISPUTE_MODULE } from "../../../modules/return-dispute"
import type { ReturnDisputeModuleService } from "../../../modules/return-dispute"

export type RateDisputeStepInput = {
  dispute_id: string
  customer_id: string
  rating: number
  comment?: string | null
}

export const rateDisputeStepId = "rate-dispute"

/**
 * The customer's satisfaction rating of a closed dispute, once.
 * Compensation clears it.
 *
 * @example
 * rateDisputeStep({ dispute_id, customer_id, rating: 5, comment: "Quick" })
 */
export const rateDisputeStep = createStep(
  rateDisputeStepId,
  async (input: RateDisputeStepInput, { container }) => {
    const service: ReturnDisputeModuleService = container.resolve(
      RETURN_DISPUTE_MODULE
    )
    await service.rateDispute(
      input.dispute_id,
      input.customer_id,
      input.rating,
      input.comment ?? null
    )
    return new StepResponse(input.dispute_id, input.dispute_id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ReturnDisputeModuleService = container.resolve(
      RETURN_DISPUTE_MODULE
    )
    await service.clearRating(id)
  }
)
