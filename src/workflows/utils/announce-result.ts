import {
  createHook,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"

/**
 * Announces a workflow's result as its event and its hook: emits
 * `eventName` with the result as data and creates the `hookName` hook with
 * the result under `hookKey`, so subscribers, hook handlers and the caller
 * see the same change. Returns the hook for the workflow's response.
 *
 * @example
 * const disputeAssigned = announceResult(result, DisputeEvents.ASSIGNED, "disputeAssigned", "assignment")
 * return new WorkflowResponse(result, { hooks: [disputeAssigned] })
 * // assignDisputeWorkflow.hooks.disputeAssigned(({ assignment }) => ...)
 */
export const announceResult = <
  TResult,
  THookName extends string,
  THookKey extends string,
>(
  result: WorkflowData<TResult>,
  eventName: string,
  hookName: THookName,
  hookKey: THookKey
) => {
  emitEventStep({ eventName, data: result })
  return createHook(hookName, {
    [hookKey]: result,
  } as Record<THookKey, WorkflowData<TResult>>)
}
