import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { computeReturnEligibilityStep } from "./steps/compute-return-eligibility"
import { loadReturnContextStep } from "./steps/load-return-context"
import { presentStoreReturnEligibilityStep } from "./steps/present-store-return-eligibility"
import type { GetReturnEligibilityWorkflowInput } from "./get-return-eligibility"

export const getStoreReturnEligibilityWorkflowId =
  "get-store-return-eligibility"

/**
 * `getReturnEligibilityWorkflow` shaped for a storefront's return page
 * (`StoreReturnEligibility`): the same engine and numbers, with what the
 * page shows per line (picture, variant, deadline, refund estimate,
 * predicted outcome) and the refund methods and return address. Read-only.
 *
 * @example
 * const { result } = await getStoreReturnEligibilityWorkflow(container).run({ input: { order_id, customer_id } })
 */
export const getStoreReturnEligibilityWorkflow = createWorkflow(
  getStoreReturnEligibilityWorkflowId,
  (input: GetReturnEligibilityWorkflowInput) => {
    const context = loadReturnContextStep({
      order_id: input.order_id,
      customer_id: input.customer_id,
      return_shipping_option_id: input.return_shipping_option_id,
    })
    const eligibility = computeReturnEligibilityStep({ context })
    return new WorkflowResponse(
      presentStoreReturnEligibilityStep({ eligibility, context })
    )
  }
)
