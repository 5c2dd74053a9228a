import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, generateEntityId } from "@medusajs/framework/utils"
import type {
  ReturnWorkflow,
  WorkflowResult,
} from "@medusajs/framework/workflows-sdk"

/**
 * Runs a route's workflow with its events held back until the route has
 * read its answer, then releases them: the subscribers (emails, webhooks)
 * start once the answer is read, instead of competing with that read for
 * the connection pool and the CPU. Same events, same data, same order; as
 * Medusa does when a workflow's events cannot be released, the workflow is
 * then canceled (undone) and the error thrown. A failed workflow's events
 * are dropped, as Medusa drops them. A failed read still releases the
 * events of the workflow that did happen.
 *
 * @example
 * const return_request = await runWithEventsAfterAnswer(req.scope, requestReturnWorkflow, input,
 *   (request) => refetchCustomerReturnRequest(request.id, customerId, req.scope))
 */
export const runWithEventsAfterAnswer = async <TInput, TResult, TAnswer>(
  scope: MedusaContainer,
  workflow: ReturnWorkflow<TInput, TResult, any>,
  input: TInput,
  answer: (result: TResult) => Promise<TAnswer>
): Promise<TAnswer> => {
  const eventBus = scope.resolve(Modules.EVENT_BUS)
  const eventGroupId = generateEntityId(undefined, "evgrp")
  let run: WorkflowResult<TResult>
  try {
    run = await workflow(scope).run({
      input,
      context: { eventGroupId, preventReleaseEvents: true },
    })
  } catch (error) {
    await eventBus.clearGroupedEvents(eventGroupId).catch(() => undefined)
    throw error
  }

  let read: { value: TAnswer } | { error: unknown }
  try {
    read = { value: await answer(run.result) }
  } catch (error) {
    read = { error }
  }
  try {
    await eventBus.releaseGroupedEvents(eventGroupId)
  } catch (error) {
    await workflow(scope).cancel({ transaction: run.transaction })
    throw error
  }
  if ("error" in read) {
    throw read.error
  }
  return read.value
}
