import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  setNotificationPreferenceStep,
  type SetNotificationPreferenceStepInput,
} from "./steps/set-notification-preference"

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
export const setNotificationPreferencesWorkflow = createWorkflow(
  setNotificationPreferencesWorkflowId,
  (input: SetNotificationPreferenceStepInput) => {
    const preference = setNotificationPreferenceStep(input)
    return new WorkflowResponse(preference)
  }
)
