import type { RewardRedeemedData } from "../../../emails"
import { createBuildNotificationStep } from "../create-build-notification-step"

export type RewardRedeemedEventData = {
  /** The redemption's id. */
  id: string
  customer_id: string
  reward_id: string
  code: string
  points: number
}

export const buildRewardRedeemedNotificationStepId =
  "build-reward-redeemed-notification"

/**
 * Builds the `reward-redeemed` email from the redemption as stored: reward
 * name, code, value (for an amount off), points spent and expiry. Null when
 * the redemption no longer exists.
 *
 * @example
 * const message = buildRewardRedeemedNotificationStep({ event, data })
 */
export const buildRewardRedeemedNotificationStep = createBuildNotificationStep(
  buildRewardRedeemedNotificationStepId,
  {
    entity_type: "loyalty_redemption",
    template: "reward-redeemed",
    transactional: true,
  },
  async (data: RewardRedeemedEventData, { query }) => {
    const {
      data: [redemption],
    } = await query.graph({
      entity: "loyalty_redemption",
      fields: [
        "id",
        "code",
        "points",
        "expires_at",
        "reward.name",
        "reward.kind",
        "reward.value",
        "reward.currency_code",
        "account.customer_id",
      ],
      filters: { id: data.id },
    })
    if (!redemption?.code) {
      return null
    }

    const reward = redemption.reward
    const templateData: Omit<RewardRedeemedData, "store"> = {
      reward_name: reward.name,
      code: redemption.code,
      value:
        reward.kind === "amount_off" && reward.currency_code
          ? {
              amount: Number(reward.value),
              currency_code: reward.currency_code,
            }
          : null,
      points_spent: Number(redemption.points),
      expires_at: redemption.expires_at
        ? new Date(redemption.expires_at).toISOString()
        : null,
    }

    return {
      entity_id: redemption.id,
      customer_id: redemption.account?.customer_id ?? data.customer_id,
      data: templateData,
    }
  }
)
