import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { evaluateReturn } from "../../../modules/return-policy/engine"
import type {
  RefundMethod,
  RequestedItem,
  ReturnEvaluation,
} from "../../../modules/return-policy/engine"
import type { ReturnContext } from "./load-return-context"

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
    const { context } = input
    // Dates come back from the workflow's storage as strings.
    const order = {
      ...context.order,
      created_at: new Date(context.order.created_at),
      delivered_at: context.order.delivered_at
        ? new Date(context.order.delivered_at)
        : null,
    }
    const evaluation: ReturnEvaluation = evaluateReturn({
      policy: context.policy,
      tier: context.tier,
      order,
      items: input.items,
      reason_codes: context.reason_codes,
      history: context.history,
      return_shipping: { amount: context.return_shipping.amount },
      refund_method: input.refund_method,
      now: new Date(),
    })
    return new StepResponse(evaluation)
  }
)
