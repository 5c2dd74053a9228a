import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { announceResult } from "../utils/announce-result"
import { DisputeEvents } from "./events"
import { assignDisputeStep } from "./steps/assign-dispute"
import { validateDisputeAssigneeStep } from "./steps/validate-dispute-assignee"

export type AssignDisputeWorkflowInput = {
  dispute_id: string
  /** An admin user id; null unassigns. */
  assignee_id: string | null
  assigned_by: string
}

export const assignDisputeWorkflowId = "assign-dispute"

/**
 * Assigns an unresolved dispute to an admin user. Emits
 * `dispute.assigned`; hook `disputeAssigned`.
 *
 * @example
 * await assignDisputeWorkflow(container).run({ input: { dispute_id, assignee_id: "user_123", assigned_by: "user_456" } })
 */
export const assignDisputeWorkflow = createWorkflow(
  assignDisputeWorkflowId,
  (input: AssignDisputeWorkflowInput) => {
    validateDisputeAssigneeStep({ assignee_id: input.assignee_id })
    const assigned = assignDisputeStep({
      dispute_id: input.dispute_id,
      assignee_id: input.assignee_id,
    })
    const result = transform({ input, assigned }, ({ input, assigned }) => ({
      id: input.dispute_id,
      assignee_id: input.assignee_id,
      previous_assignee_id: assigned.previous_assignee_id,
      assigned_by: input.assigned_by,
    }))
    const disputeAssigned = announceResult(
      result,
      DisputeEvents.ASSIGNED,
      "disputeAssigned",
      "assignment"
    )
    return new WorkflowResponse(result, { hooks: [disputeAssigned] })
  }
)
