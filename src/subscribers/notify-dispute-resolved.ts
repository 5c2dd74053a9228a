import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyDisputeWorkflow,
  type DisputeEventData,
} from "../workflows/notifications"

/** Emails the outcome of a dispute with a rating link. Idempotent per event. */
export default async function notifyDisputeResolvedHandler({
  event: { name, data },
  container,
}: SubscriberArgs<DisputeEventData>) {
  await notifyDisputeWorkflow(container).run({
    input: { event: name, milestone: "resolved", data },
  })
}

export const config: SubscriberConfig = {
  event: "dispute.resolved",
  context: { subscriberId: "rms-notify-dispute-resolved" },
}
