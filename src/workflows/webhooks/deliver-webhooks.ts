import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { claimWebhookDeliveriesStep } from "./steps/claim-webhook-deliveries"
import { notifyWebhookEndpointsDisabledStep } from "./steps/notify-webhook-endpoints-disabled"
import { recordWebhookAttemptsStep } from "./steps/record-webhook-attempts"
import { sendWebhookDeliveriesStep } from "./steps/send-webhook-deliveries"

export type DeliverWebhooksWorkflowInput = {
  /** Only these deliveries (an immediate attempt); else any that are due. */
  delivery_ids?: string[] | null
  /** At most this many attempts in one run (default 50). */
  limit?: number
}

export type DeliverWebhooksWorkflowOutput = {
  attempted: number
  succeeded: number
  failed: number
  disabled_endpoint_ids: string[]
}

export const deliverWebhooksWorkflowId = "deliver-webhooks"

/**
 * One round of attempts from the outbox: claim the due deliveries (a lease
 * no other instance can take), send each signed request, record the
 * outcomes (backoff, giving up, switching off an endpoint), and tell staff
 * about switched-off endpoints. The scheduled job runs it every 10 s, and
 * events run it on their own deliveries right after writing them, so a
 * delivery pending when the server stopped is sent after the restart.
 *
 * @example
 * await deliverWebhooksWorkflow(container).run({ input: { limit: 50 } })
 */
export const deliverWebhooksWorkflow = createWorkflow(
  deliverWebhooksWorkflowId,
  (input: DeliverWebhooksWorkflowInput) => {
    const claimed = claimWebhookDeliveriesStep(input)
    const results = sendWebhookDeliveriesStep(claimed)
    const recorded = recordWebhookAttemptsStep(results)
    notifyWebhookEndpointsDisabledStep(recorded)
    const summary = transform(
      { results, recorded },
      ({ results, recorded }): DeliverWebhooksWorkflowOutput => ({
        attempted: results.length,
        succeeded: results.filter((r) => r.ok).length,
        failed: results.filter((r) => !r.ok).length,
        disabled_endpoint_ids: recorded.disabled.map((d) => d.id),
      })
    )
    return new WorkflowResponse(summary)
  }
)
