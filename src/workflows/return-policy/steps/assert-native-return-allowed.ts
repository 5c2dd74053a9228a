import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import {
  evaluateWithoutReason,
  type ReturnContext,
} from "./load-return-context"

export type AssertNativeReturnAllowedStepInput = {
  context: ReturnContext
  items: { id: string; quantity: number }[]
}

export const assertNativeReturnAllowedStepId = "assert-native-return-allowed"

/**
 * Judges a return made through Medusa's own `POST /store/returns` by the
 * same policy as the plugin's route. That route creates the return at
 * once, so only what the policy would approve by itself passes; anything
 * that needs a person (or breaks a rule) is refused with the rules named,
 * pointing to `POST /store/return-requests`.
 *
 * @example
 * assertNativeReturnAllowedStep({ context, items: [{ id: "ordli_1", quantity: 1 }] })
 */
export const assertNativeReturnAllowedStep = createStep(
  assertNativeReturnAllowedStepId,
  async (input: AssertNativeReturnAllowedStepInput) => {
    // Medusa's route carries Medusa return reasons, not the plugin's codes.
    const evaluation = evaluateWithoutReason(
      input.context,
      input.items.map((item) => ({
        line_item_id: item.id,
        quantity: item.quantity,
      }))
    )
    const failed = evaluation.rules.filter((r) => !r.passed)
    const named = failed.map((r) => `${r.rule}: ${r.detail}`).join("; ")
    if (evaluation.outcome === "reject") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Return not allowed by the return policy (${named})`
      )
    }
    if (evaluation.outcome === "review") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This return needs the store's review (${named}); request it with POST /store/return-requests`
      )
    }
    return new StepResponse({
      free_return_shipping: evaluation.free_return_shipping,
    })
  }
)
