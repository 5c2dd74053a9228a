import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { DisputeStatus } from "../../modules/return-dispute"
import { announceResult } from "../utils/announce-result"
import { DisputeEvents } from "./events"
import { setDisputeStatusStep } from "./steps/set-dispute-status"
import { addDisputeMessageStep } from "./steps/add-dispute-message"

export type UpdateDisputeStatusWorkflowInput = {
  dispute_id: string
  status: Extract<DisputeStatus, "open" | "in_review" | "awaiting_customer">
  changed_by: string
}

export const updateDisputeStatusWorkflowId = "update-dispute-status"

/**
 * Moves an unresolved dispute between open, in_review and
 * awaiting_customer (closing goes through `resolveDisputeWorkflow`).
 * Emits `dispute.status_changed`; hook `disputeStatusChanged`.
 *
 * @example
 * await updateDisputeStatusWorkflow(container).run({ input: { dispute_id, status: "awaiting_customer", changed_by: "user_123" } })
 */
export const updateDisputeStatusWorkflow = createWorkflow(
  updateDisputeStatusWorkflowId,
  (input: UpdateDisputeStatusWorkflowInput) => {
    const changed = setDisputeStatusStep({
      dispute_id: input.dispute_id,
      status: input.status,
    })
    // The case's timeline shows who moved it and when, like every message.
    addDisputeMessageStep(
      transform({ input, changed }, ({ input, changed }) => ({
        dispute_id: input.dispute_id,
        author_type: "system" as const,
        author_id: input.changed_by,
        body: `Status changed from ${changed.previous_status.replace(/_/g, " ")} to ${changed.status.replace(/_/g, " ")}`,
        internal: false,
        channel: "system" as const,
      }))
    )
    const result = transform({ input, changed }, ({ input, changed }) => ({
      id: input.dispute_id,
      status: changed.status,
      previous_status: changed.previous_status,
      changed_by: input.changed_by,
    }))
    const disputeStatusChanged = announceResult(
      result,
      DisputeEvents.STATUS_CHANGED,
      "disputeStatusChanged",
      "change"
    )
    return new WorkflowResponse(result, { hooks: [disputeStatusChanged] })
  }
)
