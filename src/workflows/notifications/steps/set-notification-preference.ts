import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerNotificationStep } from "../../utils/module-step"

export type SetNotificationPreferenceStepInput = {
  customer_id: string
  marketing_opt_out: boolean
}

type Compensation = {
  id: string
  previous: boolean | null
}

export const setNotificationPreferenceStepId = "set-notification-preference"

/**
 * Sets the customer's marketing opt-out (creating the preference on first
 * use). Compensation puts back the previous value, or removes a preference
 * this step created.
 *
 * @example
 * setNotificationPreferenceStep({ customer_id: "cus_123", marketing_opt_out: true })
 */
export const setNotificationPreferenceStep = customerNotificationStep(
  setNotificationPreferenceStepId,
  async (input: SetNotificationPreferenceStepInput, service) => {
    const { id, previous } = await service.setMarketingOptOut(
      input.customer_id,
      input.marketing_opt_out
    )
    return new StepResponse<{ id: string }, Compensation>(
      { id },
      { id, previous }
    )
  },
  async (data, service) => {
    if (data.previous === null) {
      await service.deleteNotificationPreferences(data.id)
      return
    }
    await service.updateNotificationPreferences({
      id: data.id,
      marketing_opt_out: data.previous,
    })
  }
)
