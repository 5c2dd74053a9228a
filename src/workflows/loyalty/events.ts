/** Events the loyalty workflows emit. */
export const LoyaltyEvents = {
  TIER_CHANGED: "loyalty.tier_changed",
  POINTS_EARNED: "loyalty.points_earned",
  REWARD_REDEEMED: "loyalty.reward_redeemed",
  POINTS_EXPIRING: "loyalty.points_expiring",
} as const
