import { qualifyTier } from "../qualify-tier"

const tiers = [
  { id: "member", rank: 0 },
  { id: "silver", rank: 1, min_lifetime_spend: 250 },
  { id: "gold", rank: 2, min_lifetime_spend: 1000, min_orders: 5 },
  { id: "platinum", rank: 3, min_points: 10000 },
]

describe("qualifyTier", () => {
  it.each([
    ["nothing yet", { lifetime_spend: 0, orders: 0, points: 0 }, "member"],
    [
      "just under silver",
      { lifetime_spend: 249.99, orders: 9, points: 0 },
      "member",
    ],
    ["exactly silver", { lifetime_spend: 250, orders: 1, points: 0 }, "silver"],
    [
      "gold spend but too few orders",
      { lifetime_spend: 5000, orders: 4, points: 0 },
      "silver",
    ],
    [
      "gold on both thresholds",
      { lifetime_spend: 1000, orders: 5, points: 0 },
      "gold",
    ],
    [
      "platinum on points alone",
      { lifetime_spend: 0, orders: 0, points: 10000 },
      "platinum",
    ],
  ])("%s", (_, standing, expected) => {
    expect(qualifyTier(tiers, standing)?.id).toEqual(expected)
  })

  it("returns null when no tier is open to everybody", () => {
    expect(
      qualifyTier(tiers.slice(1), { lifetime_spend: 10, orders: 1, points: 0 })
    ).toBeNull()
  })

  it("does not depend on the order tiers are given in", () => {
    const standing = { lifetime_spend: 2000, orders: 6, points: 0 }
    expect(qualifyTier([...tiers].reverse(), standing)?.id).toEqual("gold")
  })
})
