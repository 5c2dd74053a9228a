import { transform } from "@medusajs/framework/workflows-sdk"
import type {
  RefundMethod,
  RequestedItem,
} from "../../modules/return-policy/engine"
import { loadReturnContextStep } from "./steps/load-return-context"
import type { evaluateReturnRequestStep } from "./steps/evaluate-return-request"

/** What a return is evaluated from: the order, the items and the options. */
export type LoadAndEvaluateReturnInput = {
  order_id: string
  /** Set for storefront requests: the order must be this customer's. */
  customer_id?: string
  items: RequestedItem[]
  refund_method?: RefundMethod
  return_shipping_option_id?: string
}

/**
 * Loads a return's context and runs the policy engine on it, the refund
 * method defaulting to the original payment. Used while composing a
 * workflow, so a request and its preview evaluate a return the same way;
 * `evaluate` decides what a rejection is (`evaluateReturnRequestStep`
 * refuses it, `csrPreviewEvaluationStep` answers it).
 *
 * @example
 * const { context, evaluation } = loadAndEvaluateReturn(input, evaluateReturnRequestStep)
 */
export const loadAndEvaluateReturn = (
  input: LoadAndEvaluateReturnInput,
  evaluate: typeof evaluateReturnRequestStep
) => {
  const context = loadReturnContextStep({
    order_id: input.order_id,
    customer_id: input.customer_id,
    return_shipping_option_id: input.return_shipping_option_id,
  })
  const refundMethod = transform(
    { input },
    ({ input }) => input.refund_method ?? "original_payment"
  )
  const evaluation = evaluate({
    context,
    items: input.items,
    refund_method: refundMethod,
  })
  return { context, refundMethod, evaluation }
}
