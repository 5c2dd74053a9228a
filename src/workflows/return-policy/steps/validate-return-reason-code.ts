import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"

export type ValidateReturnReasonCodeStepInput = {
  /** The reason code being updated, so it does not clash with itself. */
  id?: string
  code?: string
}

export const validateReturnReasonCodeStepId = "validate-return-reason-code"

/**
 * Refuses a code another live reason code already uses. The unique index
 * would refuse it too, but with a database error instead of a message
 * naming the field.
 *
 * @example
 * validateReturnReasonCodeStep({ code: "DAMAGED" })
 */
export const validateReturnReasonCodeStep = createStep(
  validateReturnReasonCodeStepId,
  async (input: ValidateReturnReasonCodeStepInput, { container }) => {
    if (input.code === undefined) {
      return new StepResponse(void 0)
    }
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    const [clash] = await service.listReturnReasonCodes(
      { code: input.code },
      { take: 1 }
    )
    if (clash && clash.id !== input.id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `code: reason code ${input.code} already exists (${clash.id})`
      )
    }
    return new StepResponse(void 0)
  }
)
