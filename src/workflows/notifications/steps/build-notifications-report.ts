import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"

export const buildNotificationsReportStepId = "build-notifications-report"

/**
 * Delivery figures of a period from the attempt log (read-only).
 *
 * @example
 * const report = buildNotificationsReportStep({ from, to })
 */
export const buildNotificationsReportStep = createStep(
  buildNotificationsReportStepId,
  async (input: { from: Date; to: Date }, { container }) => {
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    return new StepResponse(
      await service.buildReport({
        from: new Date(input.from),
        to: new Date(input.to),
      })
    )
  }
)
