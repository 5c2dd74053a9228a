import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_DISPUTE_MODULE } from "../../../modules/return-dispute"
import type {
  DisputeStatus,
  ReturnDisputeModuleService,
} from "../../../modules/return-dispute"

export const setDisputeStatusStepId = "set-dispute-status"

/**
 * Moves an unresolved dispute to open, in_review or awaiting_customer.
 * Compensation restores the previous status.
 *
 * @example
 * const { previous_status } = setDisputeStatusStep({ dispute_id, status: "awaiting_customer" })
 */
export const setDisputeStatusStep = createStep(
  setDisputeStatusStepId,
  async (
    input: { dispute_id: string; status: DisputeStatus },
    { container }
  ) => {
    const service: ReturnDisputeModuleService = container.resolve(
      RETURN_DISPUTE_MODULE
    )
    const { previous } = await service.setDisputeStatus(
      input.dispute_id,
      input.status
    )
    return new StepResponse(
      { previous_status: previous, status: input.status },
      { dispute_id: input.dispute_id, previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: ReturnDisputeModuleService = container.resolve(
      RETURN_DISPUTE_MODULE
    )
    await service.restoreDisputeStatus(undo.dispute_id, undo.previous)
  }
)
