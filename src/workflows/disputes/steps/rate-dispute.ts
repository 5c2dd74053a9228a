import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnDisputeStep } from "../../utils/module-step"

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
export const rateDisputeStep = returnDisputeStep(
  rateDisputeStepId,
  async (input: RateDisputeStepInput, service) => {
    await service.rateDispute(
      input.dispute_id,
      input.customer_id,
      input.rating,
      input.comment ?? null
    )
    return new StepResponse(input.dispute_id, input.dispute_id)
  },
  async (id, service) => {
    await service.clearRating(id)
  }
)
