/** Why a customer cannot redeem a reward now. */
export type RewardUnavailableReason =
  "inactive" | "out_of_stock" | "tier" | "insufficient_points"

/** The reward's terms the rule reads. */
export type RedeemableReward = {
  name: string
  active: boolean
  /** null: unlimited. */
  stock: number | null
  /** null: any customer, with or without a tier. */
  min_tier_rank: number | null
  points_cost: number
}

/** The customer's side: their tier (null without one) and spendable points. */
export type Redeemer = {
  tier: { name: string; rank: number } | null
  points_available: number
}

export type Redeemability =
  | { redeemable: true; reason: null; message: null }
  | {
      redeemable: false
      reason: RewardUnavailableReason
      /** For the customer, naming the field (`reward_id`) where one is at fault. */
      message: string
    }

/**
 * Whether a customer can redeem a reward now, and why not: it must be
 * active and in stock, the customer's tier at least the reward's minimum
 * rank (a customer without a tier meets no minimum), and their available
 * points cover its cost. Checked in this order, so the first obstacle is
 * the one named. The redemption workflow refuses with it and the store's
 * catalogue shows it per reward; the debit checks the balance again under
 * the account's lock.
 *
 * @example
 * const { redeemable, reason } = rewardRedeemability(reward, {
 *   tier: account?.tier ?? null,
 *   points_available: account?.points_available ?? 0,
 * })
 */
export const rewardRedeemability = (
  reward: RedeemableReward,
  customer: Redeemer
): Redeemability => {
  const no = (reason: RewardUnavailableReason, message: string) =>
    ({ redeemable: false, reason, message }) as const
  if (!reward.active) {
    return no("inactive", `reward_id: reward "${reward.name}" is not active`)
  }
  if (reward.stock !== null && reward.stock <= 0) {
    return no(
      "out_of_stock",
      `reward_id: reward "${reward.name}" is out of stock`
    )
  }
  const rank = customer.tier?.rank ?? -1
  if (reward.min_tier_rank !== null && rank < reward.min_tier_rank) {
    return no(
      "tier",
      `reward_id: reward "${reward.name}" needs a higher tier than ${
        customer.tier?.name ?? "none"
      }`
    )
  }
  if (customer.points_available < reward.points_cost) {
    return no(
      "insufficient_points",
      `Insufficient points: ${customer.points_available} available, ${reward.points_cost} needed`
    )
  }
  return { redeemable: true, reason: null, message: null }
}
