import { ensureFreeReturnShippingPricesStep } from "./steps/ensure-free-return-shipping-prices"
import { singleStepWorkflow } from "../utils/single-step-workflow"

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
export const ensureFreeReturnShippingPricesWorkflow = singleStepWorkflow(
  ensureFreeReturnShippingPricesWorkflowId,
  ensureFreeReturnShippingPricesStep
)
