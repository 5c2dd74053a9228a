import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerNotificationStep } from "../../utils/module-step"

export const buildNotificationsReportStepId = "build-notifications-report"

/**
 * Delivery figures of a period from the attempt log (read-only).
 *
 * @example
 * const report = buildNotificationsReportStep({ from, to })
 */
export const buildNotificationsReportStep = customerNotificationStep(
  buildNotificationsReportStepId,
  async (input: { from: Date; to: Date }, service) => {
    return new StepResponse(
      await service.buildReport({
        from: new Date(input.from),
        to: new Date(input.to),
      })
    )
  }
)
