import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_DISPUTE_MODULE } from "../../../modules/return-dispute"
import type {
  OpenDisputeInput,
  ReturnDisputeModuleService,
} from "../../../modules/return-dispute"
import { moduleStep } from "../../utils/module-step"

export const openDisputeStepId = "open-dispute"

/**
 * Writes the dispute with the next DSP number and its SLA due date; a
 * second open dispute on the same return request is refused. Compensation
 * deletes it.
 *
 * @example
 * const dispute = openDisputeStep({ order_id, customer_id, currency_code, reason_category, claim, priority, opened_by_type: "customer", opened_by })
 */
export const openDisputeStep = moduleStep(
  openDisputeStepId,
  RETURN_DISPUTE_MODULE,
  async (input: OpenDisputeInput, service: ReturnDisputeModuleService) => {
    const dispute = await service.openDispute(input)
    return new StepResponse(dispute, dispute.id)
  },
  async (id, service) => {
    await service.deleteDisputes(id)
  }
)
