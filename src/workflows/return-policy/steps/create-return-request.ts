import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateReturnRequestWithDecisionInput } from "../../../modules/return-policy"
import { returnPolicyStep } from "../../utils/module-step"

export type CreateReturnRequestStepInput = CreateReturnRequestWithDecisionInput

export const createReturnRequestStepId = "create-return-request"

/**
 * Writes the request, its items and the policy's decision in one
 * transaction with the next RMA number, with the native return on the
 * request row (no second write).
 * It runs after everything that can fail, so a number is only taken by a
 * request that exists. Compensation deletes the request.
 *
 * @example
 * const request = createReturnRequestStep({ order_id, customer_id, channel: "storefront", ... })
 */
export const createReturnRequestStep = returnPolicyStep(
  createReturnRequestStepId,
  async (input: CreateReturnRequestStepInput, service) => {
    const request = await service.createReturnRequestWithDecision(input)
    return new StepResponse(
      { ...request, return_id: input.return_id ?? null },
      request.id
    )
  },
  async (id, service) => {
    await service.softDeleteReturnRequests(id)
  }
)
