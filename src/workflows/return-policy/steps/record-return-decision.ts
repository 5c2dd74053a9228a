import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  ReturnDecisionInput,
  ReturnRequestStatus,
} from "../../../modules/return-policy"
import { returnPolicyStep } from "../../utils/module-step"

export type RecordReturnDecisionStepInput = {
  request_id: string
  decision: ReturnDecisionInput
  status: ReturnRequestStatus
}

/** What undoes a recorded decision: it, and the status it replaced. */
export type DecisionUndo = {
  request_id: string
  decision_id: string
  previous: { status: ReturnRequestStatus; decided_at: Date | null }
}

/**
 * The compensation input of a step that recorded `decisionId` on a request
 * that was `before`.
 *
 * @example
 * return new StepResponse(request, decisionUndo(before, decision.id))
 */
export const decisionUndo = (
  before: { id: string; status: string; decided_at?: Date | null },
  decisionId: string
): DecisionUndo => ({
  request_id: before.id,
  decision_id: decisionId,
  previous: {
    status: before.status as ReturnRequestStatus,
    decided_at: before.decided_at ?? null,
  },
})

export const recordReturnDecisionStepId = "record-return-decision"

/**
 * Moves a request to a new status with an audited decision, under the
 * request's row lock (a second approval is refused). Compensation removes
 * the decision and restores the status.
 *
 * @example
 * recordReturnDecisionStep({ request_id, status: "approved", decision: { outcome: "approved", decided_by_type: "admin", decided_by } })
 */
export const recordReturnDecisionStep = returnPolicyStep(
  recordReturnDecisionStepId,
  async (input: RecordReturnDecisionStepInput, service) => {
    const before = await service.retrieveReturnRequest(input.request_id)
    const request = await service.recordDecision(
      input.request_id,
      input.decision,
      input.status
    )
    const decision = request.decisions[request.decisions.length - 1]
    return new StepResponse(request, decisionUndo(before, decision.id))
  },
  async (undo, service) => {
    await service.undoDecision(undo.request_id, undo.decision_id, undo.previous)
  }
)
