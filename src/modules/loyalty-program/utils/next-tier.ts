/** A tier's thresholds, as stored (money may come back as a string). */
export type TierThresholds = {
  id: string
  name: string
  rank: number
  min_lifetime_spend?: number | string | null
  min_orders?: number | null
  min_points?: number | null
}

/** What the customer has, as shown on their account. */
export type CustomerStanding = {
  /** Rank of the current tier; null without a tier. */
  tier_rank: number | null
  lifetime_spend: number
  orders_in_period: number
  points_available: number
}

/** The next tier up and, per threshold it sets, what is still missing. */
export type NextTierGap = {
  id: string
  name: string
  /** null: the tier sets no such threshold; 0: already met. */
  missing: {
    spend: number | null
    orders: number | null
    points: number | null
  }
}

const gap = (threshold: number | string | null | undefined, have: number) =>
  threshold == null ? null : Math.max(0, Number(threshold) - have)

/**
 * The tier just above the customer's (the lowest-ranked tier ranked higher;
 * any tier for a customer without one) and how far they are from each of
 * its thresholds; null at the top.
 *
 * @example
 * const next = nextTierGap(tiers, {
 *   tier_rank: account?.tier?.rank ?? null,
 *   lifetime_spend: 120,
 *   orders_in_period: 2,
 *   points_available: 80,
 * })
 */
export const nextTierGap = (
  tiers: TierThresholds[],
  standing: CustomerStanding
): NextTierGap | null => {
  const rank = standing.tier_rank ?? -1
  const next = [...tiers]
    .sort((a, b) => a.rank - b.rank)
    .find((t) => t.rank > rank)
  if (!next) {
    return null
  }
  return {
    id: next.id,
    name: next.name,
    missing: {
      spend: gap(next.min_lifetime_spend, standing.lifetime_spend),
      orders: gap(next.min_orders, standing.orders_in_period),
      points: gap(next.min_points, standing.points_available),
    },
  }
}
