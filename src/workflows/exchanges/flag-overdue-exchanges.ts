import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { flagOverdueExchangesStep } from "./steps/flag-overdue-exchanges"
import { ExchangeEvents } from "./shapes"

export const flagOverdueExchangesWorkflowId = "flag-overdue-exchanges"

/**
 * The daily check of instant exchanges: a new item shipped whose old item
 * is not back within the policy's days is flagged for review and
 * `return_request.exchange_overdue` is emitted per request (for the
 * webhooks and whoever follows up). Nothing is charged automatically.
 *
 * @example
 * await flagOverdueExchangesWorkflow(container).run({ input: {} })
 */
export const flagOverdueExchangesWorkflow = createWorkflow(
  flagOverdueExchangesWorkflowId,
  (input: { now?: string | Date }) => {
    const flagged = flagOverdueExchangesStep(input)
    when("exchanges-overdue", { flagged }, ({ flagged }) => {
      return flagged.length > 0
    }).then(() => {
      emitEventStep({
        eventName: ExchangeEvents.OVERDUE,
        data: transform({ flagged }, ({ flagged }) => flagged),
      })
    })
    return new WorkflowResponse(flagged)
  }
)
