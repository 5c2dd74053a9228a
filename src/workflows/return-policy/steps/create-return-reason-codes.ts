import { createRecordsStep } from "../../utils/crud-steps"
import { returnPolicyStep } from "../../utils/module-step"

export type CreateReturnReasonCodeDTO = {
  code: string
  label: string
  requires_review?: boolean
  requires_evidence?: boolean
  restocking_fee_percent_override?: number | null
  active?: boolean
}

export const createReturnReasonCodesStepId = "create-return-reason-codes"

/**
 * Creates return reason codes; compensation deletes them.
 *
 * @example
 * createReturnReasonCodesStep([{ code: "DAMAGED", label: "Arrived damaged", requires_review: true }])
 */
export const createReturnReasonCodesStep = createRecordsStep(
  createReturnReasonCodesStepId,
  returnPolicyStep,
  {
    create: (service, input: CreateReturnReasonCodeDTO[]) =>
      service.createReturnReasonCodes(input),
    delete: (service, ids) => service.deleteReturnReasonCodes(ids),
  }
)
