import { StepResponse } from "@medusajs/framework/workflows-sdk"
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
export const createReturnReasonCodesStep = returnPolicyStep(
  createReturnReasonCodesStepId,
  async (input: CreateReturnReasonCodeDTO[], service) => {
    const reasonCodes = await service.createReturnReasonCodes(input)
    return new StepResponse(
      reasonCodes,
      reasonCodes.map((r) => r.id)
    )
  },
  async (ids, service) => {
    await service.deleteReturnReasonCodes(ids)
  }
)
