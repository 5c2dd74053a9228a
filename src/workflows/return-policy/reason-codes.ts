import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createReturnReasonCodesStep,
  type CreateReturnReasonCodeDTO,
} from "./steps/create-return-reason-codes"
import { deleteReturnReasonCodesStep } from "./steps/delete-return-reason-codes"
import {
  updateReturnReasonCodeStep,
  type UpdateReturnReasonCodeDTO,
} from "./steps/update-return-reason-code"
import { validateReturnReasonCodeStep } from "./steps/validate-return-reason-code"

export const createReasonCodeWorkflowId = "create-return-reason-code"

/**
 * Adds a return reason code; codes are unique among live reason codes.
 * Hook: `reasonCodeCreated`.
 *
 * @example
 * await createReasonCodeWorkflow(container).run({
 *   input: { code: "DAMAGED", label: "Arrived damaged", requires_evidence: true },
 * })
 */
export const createReasonCodeWorkflow = createWorkflow(
  createReasonCodeWorkflowId,
  (input: CreateReturnReasonCodeDTO) => {
    validateReturnReasonCodeStep({ code: input.code })
    const reasonCodes = createReturnReasonCodesStep([input])
    const reasonCode = transform(
      { reasonCodes },
      ({ reasonCodes }) => reasonCodes[0]
    )
    const reasonCodeCreated = createHook("reasonCodeCreated", { reasonCode })
    return new WorkflowResponse(reasonCode, { hooks: [reasonCodeCreated] })
  }
)

export const updateReasonCodeWorkflowId = "update-return-reason-code"

/**
 * Changes a return reason code. Hook: `reasonCodeUpdated`.
 *
 * @example
 * await updateReasonCodeWorkflow(container).run({
 *   input: { id: "rrc_123", active: false },
 * })
 */
export const updateReasonCodeWorkflow = createWorkflow(
  updateReasonCodeWorkflowId,
  (input: UpdateReturnReasonCodeDTO) => {
    validateReturnReasonCodeStep({ id: input.id, code: input.code })
    const reasonCode = updateReturnReasonCodeStep(input)
    const reasonCodeUpdated = createHook("reasonCodeUpdated", { reasonCode })
    return new WorkflowResponse(reasonCode, { hooks: [reasonCodeUpdated] })
  }
)

export const deleteReasonCodeWorkflowId = "delete-return-reason-code"

/**
 * Removes a return reason code (soft delete); requests made with it keep
 * their code. Hook: `reasonCodeDeleted`.
 *
 * @example
 * await deleteReasonCodeWorkflow(container).run({ input: { id: "rrc_123" } })
 */
export const deleteReasonCodeWorkflow = createWorkflow(
  deleteReasonCodeWorkflowId,
  (input: { id: string }) => {
    const ids = transform({ input }, ({ input }) => [input.id])
    deleteReturnReasonCodesStep(ids)
    const reasonCodeDeleted = createHook("reasonCodeDeleted", { id: input.id })
    return new WorkflowResponse(input.id, { hooks: [reasonCodeDeleted] })
  }
)
