import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnEligibility } from "../../../modules/return-policy/engine"
import { presentStoreReturnEligibility } from "../store-presenters"
import type { ReturnContext } from "./load-return-context"

export type PresentStoreReturnEligibilityStepInput = {
  eligibility: ReturnEligibility
  context: ReturnContext
}

export const presentStoreReturnEligibilityStepId =
  "present-store-return-eligibility"

/**
 * An order's eligibility as a storefront's return page shows it
 * (`StoreReturnEligibility`): each line with picture, variant, price,
 * deadline and days left, why not, the refund estimate and the predicted
 * outcome; the reasons, the refund methods with the tier's store-credit
 * bonus, and the return shipping method and address. From the context
 * alone: nothing is read.
 *
 * @example
 * const page = presentStoreReturnEligibilityStep({ eligibility, context })
 */
export const presentStoreReturnEligibilityStep = createStep(
  presentStoreReturnEligibilityStepId,
  async (input: PresentStoreReturnEligibilityStepInput) =>
    new StepResponse(
      presentStoreReturnEligibility(input.eligibility, input.context)
    )
)
