import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import {
  createPromotionsWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import type { CreatePromotionDTO } from "@medusajs/framework/types"
import { LoyaltyEvents } from "./events"
import { validateRedemptionStep } from "./steps/validate-redemption"
import { reserveRewardStockStep } from "./steps/reserve-reward-stock"
import { recordPointsStep } from "./steps/record-points"
import { createRedemptionStep } from "./steps/create-redemption"

export type RedeemRewardWorkflowInput = {
  customer_id: string
  reward_id: string
}

export const redeemRewardWorkflowId = "redeem-reward"

// Unambiguous characters only: codes are read out over the phone.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

const newCode = () => {
  let code = "RWD-"
  for (let i = 0; i < 10; i++) {
    code += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)]
  }
  return code
}

type RewardForPromotion = {
  kind: "amount_off" | "percent_off" | "free_shipping"
  value: number
  currency_code: string | null
}

/** The Medusa application method that gives a reward's discount. */
export const rewardApplicationMethod = (
  reward: RewardForPromotion
): CreatePromotionDTO["application_method"] => {
  switch (reward.kind) {
    case "amount_off":
      return {
        type: "fixed",
        target_type: "order",
        allocation: "across",
        value: reward.value,
        currency_code: reward.currency_code!,
      }
    case "percent_off":
      return {
        type: "percentage",
        target_type: "order",
        allocation: "across",
        value: reward.value,
      }
    case "free_shipping":
      return {
        type: "percentage",
        target_type: "shipping_methods",
        allocation: "across",
        value: 100,
      }
  }
}

/**
 * Redeems a reward for a customer: takes a unit of stock, debits the points
 * under the account's row lock (concurrent redemptions cannot overspend) and
 * issues a single-use promotion that only this customer can apply, through
 * Medusa's own promotion workflow. If any step fails the points and the
 * stock are given back.
 *
 * @example
 * const { result } = await redeemRewardWorkflow(container).run({
 *   input: { customer_id, reward_id },
 * })
 * result.redemption.code // "RWD-7KQ2M9XPAB"
 */
export const redeemRewardWorkflow = createWorkflow(
  redeemRewardWorkflowId,
  (input: RedeemRewardWorkflowInput) => {
    const { reward } = validateRedemptionStep(input)

    reserveRewardStockStep({ reward_id: input.reward_id })

    const issue = transform({ input, reward }, ({ input, reward }) => {
      const id = generateEntityId(undefined, "lrdm")
      const expiresAt = reward.valid_days
        ? new Date(Date.now() + reward.valid_days * 86_400_000)
        : null
      return {
        id,
        code: newCode(),
        expires_at: expiresAt,
        points: [
          {
            customer_id: input.customer_id,
            type: "redeem" as const,
            points: -reward.points_cost,
            source_type: "redemption",
            source_id: id,
            idempotency_key: `redemption:${id}`,
            note: `Redeemed "${reward.name}"`,
          },
        ],
      }
    })

    const debited = recordPointsStep(issue.points)

    const promotionsData = transform({ input, reward, issue }, (data) => [
      {
        code: data.issue.code,
        type: "standard" as const,
        status: "active" as const,
        is_automatic: false,
        limit: 1,
        application_method: rewardApplicationMethod(data.reward),
        rules: [
          {
            attribute: "customer.id",
            operator: "eq" as const,
            values: [data.input.customer_id],
          },
        ],
        campaign: {
          name: `Loyalty reward ${data.issue.code}`,
          campaign_identifier: data.issue.code,
          starts_at: new Date(),
          ends_at: data.issue.expires_at,
        },
        metadata: {
          loyalty_redemption_id: data.issue.id,
          loyalty_reward_id: data.reward.id,
        },
      },
    ])

    const promotions = createPromotionsWorkflow.runAsStep({
      input: { promotionsData },
    })

    const redemptionInput = transform(
      { issue, reward, debited, promotions },
      ({ issue, reward, debited, promotions }) => ({
        id: issue.id,
        account_id: debited[0].account_id,
        reward_id: reward.id,
        points: reward.points_cost,
        promotion_id: promotions[0].id,
        code: issue.code,
        expires_at: issue.expires_at,
      })
    )
    const redemption = createRedemptionStep(redemptionInput)

    const eventData = transform(
      { input, redemption, reward },
      ({ input, redemption, reward }) => ({
        id: redemption.id,
        customer_id: input.customer_id,
        reward_id: reward.id,
        code: redemption.code,
        points: reward.points_cost,
      })
    )
    emitEventStep({ eventName: LoyaltyEvents.REWARD_REDEEMED, data: eventData })

    const rewardRedeemed = createHook("rewardRedeemed", {
      redemption,
      customer_id: input.customer_id,
    })

    return new WorkflowResponse({ redemption }, { hooks: [rewardRedeemed] })
  }
)
