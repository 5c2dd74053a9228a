import {
  sendGuestAccessCodeWorkflow,
  type GuestCodeRequestedEventData,
} from "../workflows/portal"
import { runWorkflowOn, subscriberConfig } from "./utils"

/** Issues a guest's one-time code and emails it (once per request). */
export default runWorkflowOn<GuestCodeRequestedEventData>(
  sendGuestAccessCodeWorkflow
)

export const config = subscriberConfig(
  "return_portal.guest_code_requested",
  "rms-notify-guest-access-code"
)
