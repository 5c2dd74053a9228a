import { listDisputeQueueStep } from "./steps/list-dispute-queue"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const listDisputeQueueWorkflowId = "list-dispute-queue"

/**
 * The staff dispute queue: filtered, overdue first then by SLA due date,
 * each dispute with the customer's email and tier name. Read-only.
 *
 * @example
 * const { result } = await listDisputeQueueWorkflow(container).run({ input: { filters: {}, pagination: { skip: 0, take: 50 }, fields } })
 */
export const listDisputeQueueWorkflow = singleStepWorkflow(
  listDisputeQueueWorkflowId,
  listDisputeQueueStep
)
