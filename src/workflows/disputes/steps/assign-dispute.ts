import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnDisputeStep } from "../../utils/module-step"

export const assignDisputeStepId = "assign-dispute"

/**
 * Assigns an unresolved dispute. Compensation gives it back to the
 * previous assignee.
 *
 * @example
 * assignDisputeStep({ dispute_id, assignee_id: "user_123" })
 */
export const assignDisputeStep = returnDisputeStep(
  assignDisputeStepId,
  async (
    input: { dispute_id: string; assignee_id: string | null },
    service
  ) => {
    const { previous } = await service.assignDispute(
      input.dispute_id,
      input.assignee_id
    )
    return new StepResponse(
      { previous_assignee_id: previous },
      { dispute_id: input.dispute_id, previous }
    )
  },
  async (undo, service) => {
    await service.updateDisputes({
      id: undo.dispute_id,
      assignee_id: undo.previous,
    })
  }
)
