import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type {
  RefundMethod,
  RequestedItem,
  ReturnEvaluation,
} from "../../../modules/return-policy/engine"
import { evaluateInContext, type ReturnContext } from "./load-return-context"

export type EvaluateReturnRequestStepInput = {
  context: ReturnContext
  items: RequestedItem[]
  refund_method: RefundMethod
}

export const evaluateReturnRequestStepId = "evaluate-return-request"

/**
 * Runs the policy engine. A request the policy rejects is refused here with
 * every reason (item and rule), before anything is written; the other
 * outcomes go on to be recorded.
 *
 * @example
 * const evaluation = evaluateReturnRequestStep({ context, items, refund_method: "original_payment" })
 */
export const evaluateReturnRequestStep = createStep(
  evaluateReturnRequestStepId,
  async (input: EvaluateReturnRequestStepInput) => {
    const evaluation: ReturnEvaluation = evaluateInContext(
      input.context,
      input.items,
      input.refund_method
    )
    if (evaluation.outcome === "reject") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Return not possible: ${evaluation.reasons.join("; ")}`
      )
    }
    return new StepResponse(evaluation)
  }
)
