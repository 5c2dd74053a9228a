export type TierThresholds = {
  id: string
  rank: number
  min_lifetime_spend?: number | null
  min_orders?: number | null
  min_points?: number | null
}

export type CustomerStanding = {
  lifetime_spend: number
  orders: number
  points: number
}

/**
 * A customer meets a tier when they meet every threshold it sets; a tier
 * with no threshold at all is the entry tier everybody meets.
 */
export const meetsTier = (tier: TierThresholds, standing: CustomerStanding) =>
  (tier.min_lifetime_spend == null ||
    standing.lifetime_spend >= Number(tier.min_lifetime_spend)) &&
  (tier.min_orders == null || standing.orders >= tier.min_orders) &&
  (tier.min_points == null || standing.points >= tier.min_points)

/**
 * The highest-ranked tier the customer meets, or null when they meet none.
 */
export const qualifyTier = <T extends TierThresholds>(
  tiers: T[],
  standing: CustomerStanding
): T | null =>
  [...tiers]
    .sort((a, b) => b.rank - a.rank)
    .find((tier) => meetsTier(tier, standing)) ?? null
