import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"

export type MarkReturnRequestDisputedStepInput = {
  /** The dispute's request; none for a dispute about the order alone. */
  return_request_id: string | null
  /** When the dispute was opened. */
  disputed_at: Date | string
}

export const markReturnRequestDisputedStepId = "mark-return-request-disputed"

/**
 * Records on the return request when its first dispute was opened, so the
 * returns report counts disputed requests from the return policy module's
 * own per-day rollup. A request disputed before keeps its first date.
 * Compensation clears the date only if this step set it.
 *
 * @example
 * markReturnRequestDisputedStep({ return_request_id: dispute.return_request_id, disputed_at: dispute.created_at })
 */
export const markReturnRequestDisputedStep = returnPolicyStep(
  markReturnRequestDisputedStepId,
  async (input: MarkReturnRequestDisputedStepInput, service) => {
    if (!input.return_request_id) {
      return new StepResponse(false, null as string | null)
    }
    const request = await service.retrieveReturnRequest(
      input.return_request_id,
      { select: ["id", "disputed_at"] }
    )
    if (request.disputed_at) {
      return new StepResponse(false, null as string | null)
    }
    await service.updateReturnRequests({
      id: request.id,
      disputed_at: new Date(input.disputed_at),
    })
    return new StepResponse(true, request.id as string | null)
  },
  async (requestId, service) => {
    await service.updateReturnRequests({ id: requestId, disputed_at: null })
  }
)
