import { createEventNotifyWorkflow } from "../notifications/create-notify-workflow"
import { PortalEvents } from "./events"
import { buildGuestAccessCodeNotificationStep } from "./steps/build-guest-access-code-notification"

export const notifyGuestAccessCodeWorkflowId = "notify-guest-access-code"

/**
 * Emails a guest's one-time code to the order's address (transactional),
 * once per code, through the plugin's notification path (attempt log,
 * retries, feed fallback). Null when the order is gone.
 *
 * @example
 * await notifyGuestAccessCodeWorkflow(container).run({
 *   input: { id: "gac_01…", order_id: "order_01…", code: "482913", ttl_minutes: 15 },
 * })
 */
export const notifyGuestAccessCodeWorkflow = createEventNotifyWorkflow(
  notifyGuestAccessCodeWorkflowId,
  PortalEvents.GUEST_CODE_REQUESTED,
  buildGuestAccessCodeNotificationStep
)
