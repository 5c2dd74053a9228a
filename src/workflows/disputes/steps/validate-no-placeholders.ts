import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { findPlaceholders } from "../../../modules/return-dispute"

export type ValidateNoPlaceholdersStepInput = {
  /**
   * Customer-visible texts by the request field they came from; null or
   * absent for a text the customer never reads (an internal note).
   */
  fields: Record<string, string | null | undefined>
}

export const validateNoPlaceholdersStepId = "validate-no-placeholders"

/**
 * Refuses a customer-visible text that still holds a template placeholder
 * (`{{amount}}`): the customer would read the braces as written. The error
 * names the field and the placeholders left, e.g.
 * `body: replace {{amount}} before sending: the customer would read it as written`.
 *
 * @example
 * validateNoPlaceholdersStep({ fields: { body: input.internal ? null : input.body } })
 */
export const validateNoPlaceholdersStep = createStep(
  validateNoPlaceholdersStepId,
  async (input: ValidateNoPlaceholdersStepInput) => {
    for (const [field, text] of Object.entries(input.fields)) {
      const left = text ? findPlaceholders(text) : []
      if (left.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field}: replace ${left.join(", ")} before sending: the customer would read ${left.length > 1 ? "them" : "it"} as written`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
