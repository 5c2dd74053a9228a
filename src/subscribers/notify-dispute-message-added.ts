import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyDisputeWorkflow,
  type DisputeEventData,
} from "../workflows/notifications"

/** Emails a staff reply on a dispute (never internal notes or the customer's own messages). Idempotent per event. */
export default async function notifyDisputeMessageAddedHandler({
  event: { name, data },
  container,
}: SubscriberArgs<DisputeEventData>) {
  await notifyDisputeWorkflow(container).run({
    input: { event: name, milestone: "staff_reply", data },
  })
}

export const config: SubscriberConfig = {
  event: "dispute.message_added",
  context: { subscriberId: "rms-notify-dispute-message-added" },
}
