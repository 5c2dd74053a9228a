import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertVisibleToCustomer } from "../../utils/assert-visible"
import { returnPolicyStep } from "../../utils/module-step"

export type ValidateReturnRequestOwnerStepInput = {
  request_id: string
  /** When set, the request must belong to this customer. */
  customer_id?: string
}

export const validateReturnRequestOwnerStepId = "validate-return-request-owner"

/**
 * A customer acts only on their own requests; anybody else's answers like
 * an unknown id, so ids can't be probed.
 *
 * @example
 * validateReturnRequestOwnerStep({ request_id, customer_id })
 */
export const validateReturnRequestOwnerStep = returnPolicyStep(
  validateReturnRequestOwnerStepId,
  async (input: ValidateReturnRequestOwnerStepInput, service) => {
    const [request] = await service.listReturnRequests(
      { id: input.request_id },
      { select: ["id", "customer_id"] }
    )
    assertVisibleToCustomer(
      request,
      input.customer_id,
      `Return request with id: ${input.request_id} was not found`
    )
    return new StepResponse(request)
  }
)
