import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadReturnContextStep } from "./steps/load-return-context"
import { computeReturnEligibilityStep } from "./steps/compute-return-eligibility"

export type GetReturnEligibilityWorkflowInput = {
  order_id: string
  /** Set for storefront calls: the order must be this customer's. */
  customer_id?: string
  return_shipping_option_id?: string
}

export const getReturnEligibilityWorkflowId = "get-return-eligibility"

/**
 * What of an order can be returned now and on which terms, per line, for
 * the storefront's return page and the admin's order page. Read-only.
 *
 * @example
 * const { result } = await getReturnEligibilityWorkflow(container).run({ input: { order_id, customer_id } })
 */
export const getReturnEligibilityWorkflow = createWorkflow(
  getReturnEligibilityWorkflowId,
  (input: GetReturnEligibilityWorkflowInput) => {
    const context = loadReturnContextStep({
      order_id: input.order_id,
      customer_id: input.customer_id,
      return_shipping_option_id: input.return_shipping_option_id,
    })
    return new WorkflowResponse(computeReturnEligibilityStep({ context }))
  }
)
