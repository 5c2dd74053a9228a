import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_DISPUTE_MODULE } from "../../../modules/return-dispute"
import type {
  DisputeStatus,
  ReturnDisputeModuleService,
} from "../../../modules/return-dispute"
import { moduleStep } from "../../utils/module-step"

export const setDisputeStatusStepId = "set-dispute-status"

/**
 * Moves an unresolved dispute to open, in_review or awaiting_customer.
 * Compensation restores the previous status.
 *
 * @example
 * const { previous_status } = setDisputeStatusStep({ dispute_id, status: "awaiting_customer" })
 */
export const setDisputeStatusStep = moduleStep(
  setDisputeStatusStepId,
  RETURN_DISPUTE_MODULE,
  async (
    input: { dispute_id: string; status: DisputeStatus },
    service: ReturnDisputeModuleService
  ) => {
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
