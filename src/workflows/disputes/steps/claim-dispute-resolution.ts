import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ClaimResolutionInput } from "../../../modules/return-dispute"
import { returnDisputeStep } from "../../utils/module-step"

export type ClaimDisputeResolutionStepInput = ClaimResolutionInput & {
  dispute_id: string
  order_id: string
  /** The note refunds of this resolution carry, e.g. "Dispute DSP-000001". */
  refund_note: string
}

export const claimDisputeResolutionStepId = "claim-dispute-resolution"

/**
 * Closes the dispute with its resolution under the row lock, before any
 * money moves: of two concurrent (or retried) resolutions only one gets
 * past this step, so only one refunds.
 *
 * Compensation reopens the dispute as it was — unless a refund of this
 * resolution already went out (refunds are not undone): then the dispute
 * stays resolved, with the refund recorded, so that retrying cannot refund
 * twice.
 *
 * @example
 * claimDisputeResolutionStep({ dispute_id, order_id, refund_note: "Dispute DSP-000001", kind: "full_refund", amount: 120, resolved_by: "user_123" })
 */
export const claimDisputeResolutionStep = returnDisputeStep(
  claimDisputeResolutionStepId,
  async (input: ClaimDisputeResolutionStepInput, service) => {
    const { dispute_id, order_id, refund_note, ...resolution } = input
    const previous = await service.claimResolution(dispute_id, resolution)
    return new StepResponse(previous, {
      dispute_id,
      order_id,
      refund_note,
      previous,
    })
  },
  async (undo, service, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "payment_collections.payments.refunds.id",
        "payment_collections.payments.refunds.note",
      ],
      filters: { id: undo.order_id },
    })
    const refundIds = (order?.payment_collections ?? [])
      .flatMap((c) => c?.payments ?? [])
      .flatMap((p) => p?.refunds ?? [])
      .filter((r) => r?.note === undo.refund_note)
      .map((r) => r!.id)
    if (refundIds.length) {
      await service.updateDisputes({
        id: undo.dispute_id,
        refund_ids: refundIds,
      })
      return
    }
    await service.undoResolution(undo.dispute_id, undo.previous)
  }
)
