import {
  createWorkflow,
  WorkflowResponse,
  type StepFunction,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"

/**
 * A workflow that runs one step on its input and returns the step's
 * result: the reports, queue and preview reads, and the single writes
 * routes run as a workflow (so they roll back and can be hooked into by
 * id). A workflow that does more, or exposes a hook, is written out.
 *
 * @example
 * export const disputeReportWorkflow = singleStepWorkflow(
 *   "dispute-report",
 *   buildDisputeReportStep
 * )
 * const { result } = await disputeReportWorkflow(container).run({
 *   input: { from: new Date("2026-01-01"), to: new Date() },
 * })
 */
export function singleStepWorkflow<TInput, TOutput>(
  workflowId: string,
  step: StepFunction<TInput, TOutput>
) {
  return createWorkflow<TInput, TOutput, []>(
    workflowId,
    (input: WorkflowData<TInput>) =>
      new WorkflowResponse(step(input) as WorkflowData<TOutput>)
  )
}
