import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyReturnRequestWorkflow,
  type ReturnRequestEventData,
} from "../workflows/notifications"

/** Emails the RMA and a summary of the items when a return request is recorded. Idempotent per request. */
export default async function notifyReturnRequestCreatedHandler({
  event: { name, data },
  container,
}: SubscriberArgs<ReturnRequestEventData>) {
  await notifyReturnRequestWorkflow(container).run({
    input: { event: name, milestone: "received", data },
  })
}

export const config: SubscriberConfig = {
  event: "return_request.created",
  context: { subscriberId: "rms-notify-return-request-created" },
}
