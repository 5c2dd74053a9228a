import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OpenDisputeInput } from "../../../modules/return-dispute"
import { returnDisputeStep } from "../../utils/module-step"

export const openDisputeStepId = "open-dispute"

/**
 * Writes the dispute with the next DSP number and its SLA due date; a
 * second open dispute on the same return request is refused. Compensation
 * deletes it.
 *
 * @example
 * const dispute = openDisputeStep({ order_id, customer_id, currency_code, reason_category, claim, priority, opened_by_type: "customer", opened_by })
 */
export const openDisputeStep = returnDisputeStep(
  openDisputeStepId,
  async (input: OpenDisputeInput, service) => {
    const dispute = await service.openDispute(input)
    return new StepResponse(dispute, dispute.id)
  },
  async (id, service) => {
    await service.deleteDisputes(id)
  }
)
