import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_DISPUTE_MODULE } from "../../../modules/return-dispute"
import type {
  OpenDisputeInput,
  ReturnDisputeModuleService,
} from "../../../modules/return-dispute"

export const openDisputeStepId = "open-dispute"

/**
 * Writes the dispute with the next DSP number and its SLA due date; a
 * second open dispute on the same return request is refused. Compensation
 * deletes it.
 *
 * @example
 * const dispute = openDisputeStep({ order_id, customer_id, currency_code, reason_category, claim, priority, opened_by_type: "customer", opened_by })
 */
export const openDisputeStep = createStep(
  openDisputeStepId,
  async (input: OpenDisputeInput, { container }) => {
    const service: ReturnDisputeModuleService = container.resolve(
      RETURN_DISPUTE_MODULE
    )
    const dispute = await service.openDispute(input)
    return new StepResponse(dispute, dispute.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ReturnDisputeModuleService = container.resolve(
      RETURN_DISPUTE_MODULE
    )
    await service.deleteDisputes(id)
  }
)
