export type TierDecisionInput = {
  current: { id: string; rank: number } | null
  target: { id: string; rank: number } | null
  locked: boolean
  lock_expires_at: Date | null
  below_tier_since: Date | null
  now: Date
  grace_days: number
}

export type TierDecision = {
  tier_id: string | null
  below_tier_since: Date | null
  locked: boolean
  /** Set when the tier changes: why, in words for the audit trail. */
  change: string | null
}

const DAY_MS = 86_400_000

/**
 * What a tier re-evaluation does to one account. Upgrades are immediate; a
 * customer who falls below their tier keeps it for a grace period first; an
 * admin's lock wins until it expires.
 */
export const decideTier = (input: TierDecisionInput): TierDecision => {
  const { current, target, now } = input
  const lockLive =
    input.locked &&
    (input.lock_expires_at == null || input.lock_expires_at > now)

  if (lockLive) {
    return {
      tier_id: current?.id ?? null,
      below_tier_since: null,
      locked: true,
      change: null,
    }
  }

  const currentRank = current?.rank ?? -1
  const targetRank = target?.rank ?? -1

  if (targetRank >= currentRank) {
    const changed = (target?.id ?? null) !== (current?.id ?? null)
    return {
      tier_id: target?.id ?? null,
      below_tier_since: null,
      locked: false,
      change: changed
        ? input.locked
          ? "tier lock expired"
          : current
            ? "qualified for a higher tier"
            : "qualified for a tier"
        : null,
    }
  }

  const since = input.below_tier_since ?? now
  if (now.getTime() - since.getTime() >= input.grace_days * DAY_MS) {
    return {
      tier_id: target?.id ?? null,
      below_tier_since: null,
      locked: false,
      change: input.locked
        ? "tier lock expired"
        : `below the tier's thresholds for ${input.grace_days} days`,
    }
  }
  return {
    tier_id: current?.id ?? null,
    below_tier_since: since,
    locked: false,
    change: null,
  }
}
