import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyReturnRequestWorkflow,
  type ReturnRequestEventData,
} from "../workflows/notifications"

/** Tells the customer their return request waits for a staff review. Idempotent per request. */
export default async function notifyReturnRequestPendingReviewHandler({
  event: { name, data },
  container,
}: SubscriberArgs<ReturnRequestEventData>) {
  await notifyReturnRequestWorkflow(container).run({
    input: { event: name, milestone: "pending_review", data },
  })
}

export const config: SubscriberConfig = {
  event: "return_request.pending_review",
  context: { subscriberId: "rms-notify-return-request-pending-review" },
}
