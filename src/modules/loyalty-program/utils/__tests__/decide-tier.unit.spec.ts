import { decideTier, TierDecisionInput } from "../decide-tier"

const silver = { id: "silver", rank: 1 }
const gold = { id: "gold", rank: 2 }
const now = new Date("2026-06-30T12:00:00Z")
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000)

const base: TierDecisionInput = {
  current: silver,
  target: silver,
  locked: false,
  lock_expires_at: null,
  below_tier_since: null,
  now,
  grace_days: 30,
}

describe("decideTier", () => {
  it.each<[string, Partial<TierDecisionInput>, string | null, string | null]>([
    ["keeps a tier still met", {}, "silver", null],
    [
      "upgrades at once",
      { target: gold },
      "gold",
      "qualified for a higher tier",
    ],
    [
      "gives a first tier",
      { current: null, target: silver },
      "silver",
      "qualified for a tier",
    ],
    ["starts the grace when falling below", { target: null }, "silver", null],
    [
      "keeps the tier one day before the grace ends",
      { target: null, below_tier_since: daysAgo(29) },
      "silver",
      null,
    ],
    [
      "downgrades when the grace is over",
      { current: gold, target: silver, below_tier_since: daysAgo(30) },
      "silver",
      "below the tier's thresholds for 30 days",
    ],
    [
      "downgrades at once with no grace",
      { current: gold, target: silver, grace_days: 0 },
      "silver",
      "below the tier's thresholds for 0 days",
    ],
    [
      "holds a locked tier against an upgrade",
      { target: gold, locked: true },
      "silver",
      null,
    ],
    [
      "holds a locked tier against a downgrade",
      {
        target: null,
        locked: true,
        lock_expires_at: daysAgo(-1),
        below_tier_since: daysAgo(90),
      },
      "silver",
      null,
    ],
    [
      "applies the evaluation once the lock expires",
      { target: gold, locked: true, lock_expires_at: daysAgo(1) },
      "gold",
      "tier lock expired",
    ],
  ])("%s", (_, patch, tier, change) => {
    const decision = decideTier({ ...base, ...patch })
    expect(decision.tier_id).toEqual(tier)
    expect(decision.change).toEqual(change)
  })

  it("remembers when the customer first fell below, and forgets it on recovery", () => {
    const below = decideTier({ ...base, target: null })
    expect(below.below_tier_since).toEqual(now)

    const still = decideTier({
      ...base,
      target: null,
      below_tier_since: daysAgo(3),
    })
    expect(still.below_tier_since).toEqual(daysAgo(3))

    const recovered = decideTier({ ...base, below_tier_since: daysAgo(3) })
    expect(recovered.below_tier_since).toBeNull()
  })

  it("unlocks an expired lock even when the tier does not change", () => {
    const d = decideTier({ ...base, locked: true, lock_expires_at: daysAgo(1) })
    expect(d).toEqual({
      tier_id: "silver",
      below_tier_since: null,
      locked: false,
      change: null,
    })
  })
})
