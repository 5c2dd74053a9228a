import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { returnDisputeStep } from "../../utils/module-step"

export type RecordDisputeRefundsStepInput = {
  dispute_id: string
  payment_id: string
  /** The note the refund was made with; it names the dispute. */
  note: string
}

export const recordDisputeRefundsStepId = "record-dispute-refunds"

/**
 * Stores on the dispute the ids of the payment refunds its resolution
 * made (found by the note naming the dispute). Compensation clears them.
 *
 * @example
 * recordDisputeRefundsStep({ dispute_id, payment_id, note: "Dispute DSP-000001" })
 */
export const recordDisputeRefundsStep = returnDisputeStep(
  recordDisputeRefundsStepId,
  async (input: RecordDisputeRefundsStepInput, service, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: refunds } = await query.graph({
      entity: "refund",
      fields: ["id", "note"],
      filters: { payment_id: input.payment_id },
    })
    const ids = refunds
      .filter((refund) => refund.note === input.note)
      .map((refund) => refund.id)
    await service.updateDisputes({ id: input.dispute_id, refund_ids: ids })
    return new StepResponse(ids, input.dispute_id)
  },
  async (id, service) => {
    await service.updateDisputes({ id, refund_ids: null })
  }
)
