import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyNativeReturnWorkflow,
  type ReturnRequestedEventData,
} from "../workflows/notifications"

/**
 * Emails how to send back a return staff created with Medusa's own flow;
 * returns of the plugin's requests are left to `return_request.approved`.
 */
export default async function notifyReturnRequestNativeHandler({
  event: { data },
  container,
}: SubscriberArgs<ReturnRequestedEventData>) {
  await notifyNativeReturnWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: "order.return_requested",
  context: { subscriberId: "rms-notify-return-request-native" },
}
