import { CustomerStanding, nextTierGap, TierThresholds } from "../next-tier"

const tiers: TierThresholds[] = [
  {
    id: "gold",
    name: "Gold",
    rank: 2,
    min_lifetime_spend: "1000",
    min_orders: 5,
  },
  { id: "member", name: "Member", rank: 0 },
  {
    id: "silver",
    name: "Silver",
    rank: 1,
    min_lifetime_spend: 250,
    min_points: 300,
  },
]
const standing = (s: Partial<CustomerStanding> = {}): CustomerStanding => ({
  tier_rank: null,
  lifetime_spend: 0,
  orders_in_period: 0,
  points_available: 0,
  ...s,
})

describe("nextTierGap", () => {
  it.each([
    [
      "offers the lowest tier to a customer without one",
      {},
      {
        id: "member",
        name: "Member",
        missing: { spend: null, orders: null, points: null },
      },
    ],
    [
      "names what is missing for each threshold the next tier sets",
      { tier_rank: 0, lifetime_spend: 100.5, points_available: 120 },
      {
        id: "silver",
        name: "Silver",
        missing: { spend: 149.5, orders: null, points: 180 },
      },
    ],
    [
      "reads money thresholds stored as strings and never goes below zero",
      { tier_rank: 1, lifetime_spend: 1200, orders_in_period: 2 },
      {
        id: "gold",
        name: "Gold",
        missing: { spend: 0, orders: 3, points: null },
      },
    ],
  ])("%s", (_, given: Partial<CustomerStanding>, gap) => {
    expect(nextTierGap(tiers, standing(given))).toEqual(gap)
  })

  it("skips ranks nobody holds and is null at the top", () => {
    const sparse = [tiers[1], { ...tiers[0], rank: 5 }]
    expect(nextTierGap(sparse, standing({ tier_rank: 2 }))?.id).toEqual("gold")
    expect(nextTierGap(tiers, standing({ tier_rank: 2 }))).toBeNull()
    expect(nextTierGap([], standing())).toBeNull()
  })
})
