import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyDisputeWorkflow,
  type DisputeEventData,
} from "../workflows/notifications"

/** Confirms a new dispute to the customer, with their claim and the reply-by date. Idempotent per event. */
export default async function notifyDisputeOpenedHandler({
  event: { name, data },
  container,
}: SubscriberArgs<DisputeEventData>) {
  await notifyDisputeWorkflow(container).run({
    input: { event: name, milestone: "opened", data },
  })
}

export const config: SubscriberConfig = {
  event: "dispute.opened",
  context: { subscriberId: "rms-notify-dispute-opened" },
}
