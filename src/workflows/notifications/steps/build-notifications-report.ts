import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"
import { moduleStep } from "../../utils/module-step"

export const buildNotificationsReportStepId = "build-notifications-report"

/**
 * Delivery figures of a period from the attempt log (read-only).
 *
 * @example
 * const report = buildNotificationsReportStep({ from, to })
 */
export const buildNotificationsReportStep = moduleStep(
  buildNotificationsReportStepId,
  CUSTOMER_NOTIFICATION_MODULE,
  async (
    input: { from: Date; to: Date },
    service: CustomerNotificationModuleService
  ) => {
    return new StepResponse(
      await service.buildReport({
        from: new Date(input.from),
        to: new Date(input.to),
      })
    )
  }
)
