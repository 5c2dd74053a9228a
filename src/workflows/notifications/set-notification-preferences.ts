import { setNotificationPreferenceStep } from "./steps/set-notification-preference"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const setNotificationPreferencesWorkflowId =
  "set-notification-preferences"

/**
 * Sets a customer's notification preferences. Opting out of marketing stops
 * tier-change and points-expiring messages; transactional ones (reward
 * codes, return updates) are still sent.
 *
 * @example
 * await setNotificationPreferencesWorkflow(container).run({
 *   input: { customer_id: "cus_123", marketing_opt_out: true },
 * })
 */
export const setNotificationPreferencesWorkflow = singleStepWorkflow(
  setNotificationPreferencesWorkflowId,
  setNotificationPreferenceStep
)
