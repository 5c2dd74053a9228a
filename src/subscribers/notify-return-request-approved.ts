import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyReturnRequestWorkflow,
  type ReturnRequestEventData,
} from "../workflows/notifications"

/** Emails how and by when to send the items once a return request is approved. Idempotent per request. */
export default async function notifyReturnRequestApprovedHandler({
  event: { name, data },
  container,
}: SubscriberArgs<ReturnRequestEventData>) {
  await notifyReturnRequestWorkflow(container).run({
    input: { event: name, milestone: "approved", data },
  })
}

export const config: SubscriberConfig = {
  event: "return_request.approved",
  context: { subscriberId: "rms-notify-return-request-approved" },
}
