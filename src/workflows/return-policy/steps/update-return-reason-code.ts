import { updateRecordStep } from "../../utils/crud-steps"
import { returnPolicyStep } from "../../utils/module-step"
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
export const updateReturnReasonCodeStep = updateRecordStep(
  updateReturnReasonCodeStepId,
  returnPolicyStep,
  {
    retrieve: (service, id) => service.retrieveReturnReasonCode(id),
    update: (service, input: UpdateReturnReasonCodeDTO) =>
      service.updateReturnReasonCodes(input),
  }
)
