import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deliverWebhooksWorkflow } from "./deliver-webhooks"
import {
  replayWebhookDeliveriesStep,
  type ReplayWebhookDeliveriesStepInput,
} from "./steps/replay-webhook-deliveries"

export const replayWebhookDeliveriesWorkflowId = "replay-webhook-deliveries"

/**
 * Re-sends one delivery, or every delivery since a time (optionally of
 * one endpoint), with the original event id and body: new rows in the
 * outbox, the first 50 attempted at once, the rest by the scheduled job in
 * order. Returns the new deliveries' ids.
 *
 * @example
 * await replayWebhookDeliveriesWorkflow(container).run({ input: { delivery_ids: ["whdl_123"] } })
 */
export const replayWebhookDeliveriesWorkflow = createWorkflow(
  replayWebhookDeliveriesWorkflowId,
  (input: ReplayWebhookDeliveriesStepInput) => {
    const ids = replayWebhookDeliveriesStep(input)
    deliverWebhooksWorkflow.runAsStep({
      input: transform({ ids }, ({ ids }) => ({
        delivery_ids: ids.slice(0, 50),
      })),
    })
    return new WorkflowResponse(
      transform({ ids }, ({ ids }) => ({ delivery_ids: ids }))
    )
  }
)
