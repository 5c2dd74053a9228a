import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type {
  ReturnPolicyModuleService,
  ReturnRequestStatus,
} from "../../../modules/return-policy"

export type MarkReturnRequestCompletedStepInput = {
  request_id: string
  /** What completed it, for the audit trail (e.g. `return:return_123`). */
  decided_by: string
}

type Undo = {
  request_id: string
  decision_id: string
  previous: { status: ReturnRequestStatus; decided_at: Date | null }
} | null

export const markReturnRequestCompletedStepId = "mark-return-request-completed"

/**
 * Completes an approved request with an audited system decision. Medusa may
 * deliver `order.return_received` more than once (and a script may run the
 * workflow next to the subscriber): a request found already completed is
 * returned as it is. Compensation takes back only a decision it recorded.
 *
 * @example
 * markReturnRequestCompletedStep({ request_id, decided_by: "return:return_123" })
 */
export const markReturnRequestCompletedStep = createStep(
  markReturnRequestCompletedStepId,
  async (input: MarkReturnRequestCompletedStepInput, { container }) => {
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    const before = await service.retrieveReturnRequest(input.request_id)
    if (before.status === "completed") {
      return new StepResponse(
        { id: before.id, order_id: before.order_id },
        null as Undo
      )
    }
    try {
      const request = await service.recordDecision(
        input.request_id,
        {
          outcome: "completed",
          decided_by_type: "system",
          decided_by: input.decided_by,
          note: "Items received",
        },
        "completed"
      )
      const decision = request.decisions[request.decisions.length - 1]
      return new StepResponse({ id: request.id, order_id: request.order_id }, {
        request_id: request.id,
        decision_id: decision.id,
        previous: {
          status: before.status as ReturnRequestStatus,
          decided_at: before.decided_at ?? null,
        },
      } as Undo)
    } catch (e) {
      // Completed by a concurrent delivery of the same event in between.
      const now = await service.retrieveReturnRequest(input.request_id)
      if (now.status === "completed") {
        return new StepResponse(
          { id: now.id, order_id: now.order_id },
          null as Undo
        )
      }
      throw e
    }
  },
  async (undo: Undo, { container }) => {
    if (!undo) {
      return
    }
    const service: ReturnPolicyModuleService =
      container.resolve(RETURN_POLICY_MODULE)
    await service.undoDecision(undo.request_id, undo.decision_id, undo.previous)
  }
)
