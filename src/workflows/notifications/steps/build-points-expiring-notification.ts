import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getCustomerLoyalty } from "../../loyalty/steps/get-customer-loyalty"
import { CUSTOMER_NOTIFICATION_MODULE } from "../../../modules/customer-notification"
import type CustomerNotificationModuleService from "../../../modules/customer-notification/service"
import type { PointsExpiringData } from "../../../emails"
import type { SendCustomerNotificationWorkflowInput } from "../send-customer-notification"

export type PointsExpiringEventData = {
  customer_id: string
  points: number
  expires_at: string | Date
}

export const buildPointsExpiringNotificationStepId =
  "build-points-expiring-notification"

/**
 * Builds the `points-expiring` email: points and date from the event,
 * balance from the account. One notice per account and expiry date (the
 * entity id is `${account_id}:${YYYY-MM-DD}`). Null without an account.
 *
 * @example
 * const message = buildPointsExpiringNotificationStep({ event, data })
 */
export const buildPointsExpiringNotificationStep = createStep(
  buildPointsExpiringNotificationStepId,
  async (
    { event, data }: { event: string; data: PointsExpiringEventData },
    { container }
  ) => {
    const service: CustomerNotificationModuleService = container.resolve(
      CUSTOMER_NOTIFICATION_MODULE
    )
    const account = await getCustomerLoyalty(container, data.customer_id)
    const expiresAt = new Date(data.expires_at)
    if (!account.account_id || Number.isNaN(expiresAt.getTime())) {
      return new StepResponse<SendCustomerNotificationWorkflowInput | null>(
        null
      )
    }
    const { account_url } = await service.getSettings()

    const templateData: Omit<PointsExpiringData, "store"> = {
      points: Number(data.points),
      expires_at: expiresAt.toISOString(),
      balance: account.points_available,
      account_url,
    }

    return new StepResponse<SendCustomerNotificationWorkflowInput | null>({
      event,
      entity_type: "loyalty_points_expiry",
      entity_id: `${account.account_id}:${expiresAt.toISOString().slice(0, 10)}`,
      customer_id: account.customer_id,
      template: "points-expiring",
      data: templateData,
      transactional: false,
    })
  }
)
