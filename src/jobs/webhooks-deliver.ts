import { MedusaContainer } from "@medusajs/framework/types"
import { deliverWebhooksWorkflow } from "../workflows/webhooks"

/**
 * Sends what is due in the webhook outbox: retries after their backoff,
 * and deliveries left pending by a stopped or crashed server. Claims are
 * atomic, so several instances running it never send the same attempt.
 */
export default async function webhooksDeliverJob(container: MedusaContainer) {
  await deliverWebhooksWorkflow(container).run({ input: { limit: 50 } })
}

export const config = {
  name: "rms-webhooks-deliver",
  // Every 10 seconds: a retry or a delivery left by a restart waits at most
  // that long; the query behind it is one indexed read when nothing is due.
  schedule: "*/10 * * * * *",
}
