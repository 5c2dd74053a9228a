import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { evaluateInContext } from "./load-return-context"
import type { EvaluateReturnRequestStepInput } from "./evaluate-return-request"

/** The same input as `evaluateReturnRequestStep`. */
export type CsrPreviewEvaluationStepInput = EvaluateReturnRequestStepInput

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
    return new StepResponse(
      evaluateInContext(input.context, input.items, input.refund_method)
    )
  }
)
