import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"
import type { CreateReturnReasonCodeDTO } from "./create-return-reason-codes"

export type UpdateReturnReasonCodeDTO = Partial<CreateReturnReasonCodeDTO> & {
  id: string
}

export const updateReturnReasonCodeStepId = "update-return-reason-code"

/**
 * Updates one reason code; compensation restores the changed fields.
 * Requests already made keep the reason code text they were made with.
 *
 * @example
 * updateReturnReasonCodeStep({ id: "rrc_123", requires_review: true })
 */
export const updateReturnReasonCodeStep = createStep(
  updateReturnReasonCodeStepId,
  async (input: UpdateReturnReasonCodeDTO, { container }) => {
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    const before = await service.retrieveReturnReasonCode(input.id)
    const reasonCode = await service.updateReturnReasonCodes(input)

    const previous = Object.fromEntries(
      Object.keys(input).map((key) => [key, before[key]])
    ) as UpdateReturnReasonCodeDTO
    return new StepResponse(reasonCode, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    await service.updateReturnReasonCodes(previous)
  }
)
