import { getCustomerLoyalty } from "../../loyalty/steps/get-customer-loyalty"
import type { PointsExpiringData } from "../../../emails"
import { createBuildNotificationStep } from "../create-build-notification-step"

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
export const buildPointsExpiringNotificationStep = createBuildNotificationStep(
  buildPointsExpiringNotificationStepId,
  {
    entity_type: "loyalty_points_expiry",
    template: "points-expiring",
    transactional: false,
  },
  async (data: PointsExpiringEventData, { container, settings }) => {
    const account = await getCustomerLoyalty(container, data.customer_id)
    const expiresAt = new Date(data.expires_at)
    if (!account.account_id || Number.isNaN(expiresAt.getTime())) {
      return null
    }
    const { account_url } = await settings()

    const templateData: Omit<PointsExpiringData, "store"> = {
      points: Number(data.points),
      expires_at: expiresAt.toISOString(),
      balance: account.points_available,
      account_url,
    }

    return {
      entity_id: `${account.account_id}:${expiresAt.toISOString().slice(0, 10)}`,
      customer_id: account.customer_id,
      data: templateData,
    }
  }
)
