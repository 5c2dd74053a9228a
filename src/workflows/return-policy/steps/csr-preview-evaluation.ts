import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  RefundMethod,
  RequestedItem,
  ReturnEvaluation,
} from "../../../modules/return-policy/engine"
import { evaluateInContext, type ReturnContext } from "./load-return-context"

export type CsrPreviewEvaluationStepInput = {
  context: ReturnContext
  items: RequestedItem[]
  refund_method: RefundMethod
}

export const csrPreviewEvaluationStepId = "csr-preview-evaluation"

/**
 * Runs the policy engine for the admin form's live preview. Unlike
 * `evaluateReturnRequestStep`, a rejection is an answer here, not an
 * error: the form shows each reason next to its line. Writes nothing.
 *
 * @example
 * const evaluation = csrPreviewEvaluationStep({ context, items, refund_method: "original_payment" })
 */
export const csrPreviewEvaluationStep = createStep(
  csrPreviewEvaluationStepId,
  async (input: CsrPreviewEvaluationStepInput) => {
    const evaluation: ReturnEvaluation = evaluateInContext(
      input.context,
      input.items,
      input.refund_method
    )
    return new StepResponse(evaluation)
  }
)
