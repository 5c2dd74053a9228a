import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DisputeStatus } from "../../../modules/return-dispute"
import { returnDisputeStep } from "../../utils/module-step"

export const setDisputeStatusStepId = "set-dispute-status"

/**
 * Moves an unresolved dispute to open, in_review or awaiting_customer.
 * Compensation restores the previous status.
 *
 * @example
 * const { previous_status } = setDisputeStatusStep({ dispute_id, status: "awaiting_customer" })
 */
export const setDisputeStatusStep = returnDisputeStep(
  setDisputeStatusStepId,
  async (input: { dispute_id: string; status: DisputeStatus }, service) => {
    const { previous } = await service.setDisputeStatus(
      input.dispute_id,
      input.status
    )
    return new StepResponse(
      { previous_status: previous, status: input.status },
      { dispute_id: input.dispute_id, previous }
    )
  },
  async (undo, service) => {
    await service.restoreDisputeStatus(undo.dispute_id, undo.previous)
  }
)
