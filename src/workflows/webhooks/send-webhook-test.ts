import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deliverWebhooksWorkflow } from "./deliver-webhooks"
import { buildWebhookTestEventStep } from "./steps/build-webhook-test-event"
import { enqueueWebhookDeliveriesStep } from "./steps/enqueue-webhook-deliveries"

export const sendWebhookTestWorkflowId = "send-webhook-test"

/**
 * "Send test": a `webhook.test` event to one endpoint, attempted at once
 * and logged like any delivery. Returns the delivery's id.
 *
 * @example
 * const { result } = await sendWebhookTestWorkflow(container).run({ input: { endpoint_id: "whep_123" } })
 */
export const sendWebhookTestWorkflow = createWorkflow(
  sendWebhookTestWorkflowId,
  (input: { endpoint_id: string }) => {
    const event = buildWebhookTestEventStep(input)
    const ids = enqueueWebhookDeliveriesStep(event)
    deliverWebhooksWorkflow.runAsStep({
      input: transform({ ids }, ({ ids }) => ({ delivery_ids: ids })),
    })
    return new WorkflowResponse(
      transform({ ids }, ({ ids }) => ({ delivery_id: ids[0] ?? null }))
    )
  }
)
