import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import {
  decisionUndo,
  type DecisionUndo,
} from "../../return-policy/steps/record-return-decision"
import { returnPolicyStep } from "../../utils/module-step"

export type ReopenReturnRequestStepInput = {
  request_id: string
  dispute_number: string
  decided_by: string
}

export const reopenReturnRequestStepId = "reopen-return-request"

/**
 * A dispute reversing a rejection puts the rejected request back in
 * review, with an audited `review` decision naming the dispute, so that
 * the return policy's own approval (and native return) can follow. The
 * return policy module allows no way back from `rejected` on its own; a
 * pending request is left as it is. Compensation removes the decision and
 * restores `rejected`.
 *
 * @example
 * reopenReturnRequestStep({ request_id, dispute_number: "DSP-000001", decided_by: "user_123" })
 */
export const reopenReturnRequestStep = returnPolicyStep(
  reopenReturnRequestStepId,
  async (input: ReopenReturnRequestStepInput, service) => {
    const request = await service.retrieveReturnRequest(input.request_id)
    if (request.status === "pending_review") {
      return new StepResponse(false, null as DecisionUndo | null)
    }
    if (request.status !== "rejected") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Return request ${request.rma_number} is ${request.status}: only a rejected or pending request can be reversed`
      )
    }
    await service.updateReturnRequests({
      id: request.id,
      status: "pending_review",
    })
    const decision = await service.createReturnDecisions({
      request_id: request.id,
      outcome: "review",
      decided_by_type: "admin",
      decided_by: input.decided_by,
      policy_id: request.policy_id,
      policy_version: Number(request.policy_version),
      rules: [],
      reasons: [`Reopened by dispute ${input.dispute_number}`],
      note: `Reopened by dispute ${input.dispute_number}`,
      time_to_decision_ms: Math.max(
        0,
        Date.now() - new Date(request.created_at).getTime()
      ),
    })
    return new StepResponse(
      true,
      decisionUndo(request, decision.id) as DecisionUndo | null
    )
  },
  async (undo, service) => {
    await service.undoDecision(undo.request_id, undo.decision_id, {
      status: undo.previous.status,
      decided_at: undo.previous.decided_at
        ? new Date(undo.previous.decided_at)
        : null,
    })
  }
)
