import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { decisionUndo, type DecisionUndo } from "./record-return-decision"
import { returnPolicyStep } from "../../utils/module-step"

export type MarkReturnRequestCompletedStepInput = {
  request_id: string
  /** What completed it, for the audit trail (e.g. `return:return_123`). */
  decided_by: string
}

type Undo = DecisionUndo | null

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
export const markReturnRequestCompletedStep = returnPolicyStep(
  markReturnRequestCompletedStepId,
  async (input: MarkReturnRequestCompletedStepInput, service) => {
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
      return new StepResponse(
        { id: request.id, order_id: request.order_id },
        decisionUndo(before, decision.id) as Undo
      )
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
  async (undo, service) => {
    await service.undoDecision(undo.request_id, undo.decision_id, undo.previous)
  }
)
