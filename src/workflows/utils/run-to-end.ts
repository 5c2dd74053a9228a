import type { MedusaContainer } from "@medusajs/framework/types"
import {
  MedusaError,
  Modules,
  generateEntityId,
} from "@medusajs/framework/utils"

type FinishEvent = {
  eventType: string
  result?: unknown
  errors?: { error?: { message?: string } | Error }[]
}

/**
 * Runs a workflow through the workflow engine and waits until it has
 * finished, also when part of it runs later in the background (an async
 * step, e.g. the notification retries), possibly on another instance: the
 * Redis engine reports the end to every subscriber. A failure is thrown.
 *
 * @example
 * const result = await runWorkflowToEnd<SendCustomerNotificationWorkflowOutput>(
 *   container, sendCustomerNotificationWorkflowId, { input }
 * )
 */
export const runWorkflowToEnd = async <TResult>(
  container: MedusaContainer,
  workflowId: string,
  { input }: { input: unknown }
): Promise<TResult> => {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const transactionId = generateEntityId(undefined, workflowId)
  const failure = (errors: FinishEvent["errors"]) => {
    const error = errors?.[0]?.error
    return error instanceof Error
      ? error
      : new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          error?.message ?? `${workflowId} failed`
        )
  }

  let subscriber: (event: FinishEvent) => void = () => undefined
  const finished = new Promise<TResult>((resolve, reject) => {
    subscriber = (event) => {
      if (event.eventType !== "onFinish") {
        return
      }
      if (event.errors?.length) {
        reject(failure(event.errors))
      } else {
        resolve(event.result as TResult)
      }
    }
  })
  // Subscribed before the run, so an end that comes at once is not missed.
  await engine.subscribe({ workflowId, transactionId, subscriber })
  try {
    const { acknowledgement, result, errors } = await engine.run(workflowId, {
      input,
      transactionId,
      throwOnError: false,
    })
    if (acknowledgement.hasFinished) {
      if (acknowledgement.hasFailed) {
        throw failure(errors as FinishEvent["errors"])
      }
      return result as TResult
    }
    return await finished
  } finally {
    await engine.unsubscribe({
      workflowId,
      transactionId,
      subscriberOrId: subscriber,
    })
  }
}
