import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnEligibility } from "../../../modules/return-policy/engine"
import { queryStep } from "../../utils/module-step"
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
 * bonus, and the return shipping method and address. Read-only.
 *
 * @example
 * const page = presentStoreReturnEligibilityStep({ eligibility, context })
 */
export const presentStoreReturnEligibilityStep = queryStep(
  presentStoreReturnEligibilityStepId,
  async (input: PresentStoreReturnEligibilityStepInput, query) =>
    new StepResponse(
      await presentStoreReturnEligibility(
        query,
        input.eligibility,
        input.context
      )
    )
)
