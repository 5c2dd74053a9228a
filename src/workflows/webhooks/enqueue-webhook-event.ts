import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deliverWebhooksWorkflow } from "./deliver-webhooks"
import {
  buildWebhookEventStep,
  type BuildWebhookEventStepInput,
} from "./steps/build-webhook-event"
import { enqueueWebhookDeliveriesStep } from "./steps/enqueue-webhook-deliveries"

export type EnqueueWebhookEventWorkflowOutput = {
  event_id: string | null
  delivery_ids: string[]
}

export const enqueueWebhookEventWorkflowId = "enqueue-webhook-event"

/**
 * Sends a plugin event to the endpoints subscribed to it: builds the
 * envelope, writes one delivery per endpoint to the outbox, then makes
 * the first attempt at once. Anything that fails is retried from the
 * outbox by the scheduled job, so the event is delivered at least once.
 *
 * @example
 * await enqueueWebhookEventWorkflow(container).run({
 *   input: { type: "dispute.opened", data: { id: "dsp_123" } },
 * })
 */
export const enqueueWebhookEventWorkflow = createWorkflow(
  enqueueWebhookEventWorkflowId,
  (input: BuildWebhookEventStepInput) => {
    const event = buildWebhookEventStep(input)
    const ids = when("webhook-event-to-send", { event }, ({ event }) => {
      return !!event
    }).then(() =>
      enqueueWebhookDeliveriesStep(transform({ event }, ({ event }) => event!))
    )
    when("webhook-deliveries-written", { ids }, ({ ids }) => {
      return !!ids?.length
    }).then(() =>
      deliverWebhooksWorkflow.runAsStep({
        input: transform({ ids }, ({ ids }) => ({ delivery_ids: ids! })),
      })
    )
    const output = transform(
      { event, ids },
      ({ event, ids }): EnqueueWebhookEventWorkflowOutput => ({
        event_id: event?.event_id ?? null,
        delivery_ids: ids ?? [],
      })
    )
    return new WorkflowResponse(output)
  }
)
