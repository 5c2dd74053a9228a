import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { evaluateReturn } from "../../../modules/return-policy/engine"
import type {
  RefundMethod,
  RequestedItem,
  ReturnEvaluation,
} from "../../../modules/return-policy/engine"
import type { ReturnContext } from "./load-return-context"

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
    const { context } = input
    // Step results pass through the workflow's storage: dates come back as
    // strings, and the engine computes with Date.
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
    if (evaluation.outcome === "reject") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Return not possible: ${evaluation.reasons.join("; ")}`
      )
    }
    return new StepResponse(evaluation)
  }
)
