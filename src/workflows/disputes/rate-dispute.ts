import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { announceResult } from "../utils/announce-result"
import { DisputeEvents } from "./events"
import {
  rateDisputeStep,
  type RateDisputeStepInput,
} from "./steps/rate-dispute"

export type RateDisputeWorkflowInput = RateDisputeStepInput

export const rateDisputeWorkflowId = "rate-dispute"

/**
 * The customer rates how their resolved or rejected dispute was handled
 * (1–5, once). Emits `dispute.rated`; hook `disputeRated`.
 *
 * @example
 * await rateDisputeWorkflow(container).run({ input: { dispute_id, customer_id, rating: 4 } })
 */
export const rateDisputeWorkflow = createWorkflow(
  rateDisputeWorkflowId,
  (input: RateDisputeWorkflowInput) => {
    rateDisputeStep(input)
    const result = transform({ input }, ({ input }) => ({
      id: input.dispute_id,
      rating: input.rating,
    }))
    const disputeRated = announceResult(
      result,
      DisputeEvents.RATED,
      "disputeRated",
      "rating"
    )
    return new WorkflowResponse(result, { hooks: [disputeRated] })
  }
)
