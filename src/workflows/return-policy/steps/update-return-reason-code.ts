import { updateRecordStep } from "../../utils/crud-steps"
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
export const updateReturnReasonCodeStep = updateRecordStep(
  updateReturnReasonCodeStepId,
  RETURN_POLICY_MODULE,
  {
    retrieve: (service: ReturnPolicyModuleService, id) =>
      service.retrieveReturnReasonCode(id),
    update: (service, input: UpdateReturnReasonCodeDTO) =>
      service.updateReturnReasonCodes(input),
  }
)
