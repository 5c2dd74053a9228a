import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  ensureFreeReturnShippingPricesStep,
  type EnsureFreeReturnShippingPricesStepInput,
} from "./steps/ensure-free-return-shipping-prices"

export const ensureFreeReturnShippingPricesWorkflowId =
  "ensure-free-return-shipping-prices"

/**
 * Adds the "free for tiers that have it" price to return shipping options.
 * Runs when a policy with free return shipping is saved; run it again after
 * adding a return shipping option (the demo seed does).
 *
 * @example
 * await ensureFreeReturnShippingPricesWorkflow(container).run({ input: {} })
 */
export const ensureFreeReturnShippingPricesWorkflow = createWorkflow(
  ensureFreeReturnShippingPricesWorkflowId,
  (input: EnsureFreeReturnShippingPricesStepInput) => {
    return new WorkflowResponse(ensureFreeReturnShippingPricesStep(input))
  }
)
