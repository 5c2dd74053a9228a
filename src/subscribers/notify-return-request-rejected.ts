import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyReturnRequestWorkflow,
  type ReturnRequestEventData,
} from "../workflows/notifications"

/** Tells the customer their return request was rejected, why, and how to dispute it. Idempotent per request. */
export default async function notifyReturnRequestRejectedHandler({
  event: { name, data },
  container,
}: SubscriberArgs<ReturnRequestEventData>) {
  await notifyReturnRequestWorkflow(container).run({
    input: { event: name, milestone: "rejected", data },
  })
}

export const config: SubscriberConfig = {
  event: "return_request.rejected",
  context: { subscriberId: "rms-notify-return-request-rejected" },
}
