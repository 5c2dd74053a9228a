import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { RequestedItem } from "../../modules/return-policy/engine"
import { loadAndEvaluateReturn } from "./load-and-evaluate-return"
import { csrPreviewEvaluationStep } from "./steps/csr-preview-evaluation"

export type PreviewReturnRequestWorkflowInput = {
  order_id: string
  /** The order must be this customer's (a guest: the order's customer). */
  customer_id: string
  items: RequestedItem[]
  refund_method?: "original_payment" | "store_credit"
  return_shipping_option_id?: string
}

export const previewReturnRequestWorkflowId = "preview-return-request"

/**
 * What a customer's return request would give, without writing anything:
 * the outcome (approved at once, reviewed, refused) with every reason, per
 * item eligibility, and the refund breakdown. The same context and engine
 * as `requestReturnWorkflow`, so the portal shows the outcome the request
 * then gets.
 *
 * @example
 * const { result } = await previewReturnRequestWorkflow(container).run({
 *   input: { order_id, customer_id, items: [{ line_item_id, quantity: 1, reason_code: "TOO_SMALL" }] },
 * })
 */
export const previewReturnRequestWorkflow = createWorkflow(
  previewReturnRequestWorkflowId,
  (input: PreviewReturnRequestWorkflowInput) => {
    const { evaluation } = loadAndEvaluateReturn(
      input,
      csrPreviewEvaluationStep
    )
    return new WorkflowResponse(evaluation)
  }
)
