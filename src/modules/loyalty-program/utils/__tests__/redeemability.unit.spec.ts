import {
  RedeemableReward,
  Redeemer,
  rewardRedeemability,
} from "../redeemability"

const reward: RedeemableReward = {
  name: "€10 off",
  active: true,
  stock: null,
  min_tier_rank: null,
  points_cost: 100,
}
const gold: Redeemer = {
  tier: { name: "Gold", rank: 2 },
  points_available: 500,
}

describe("rewardRedeemability", () => {
  it("lets a customer with the points redeem an active, unlimited reward", () => {
    expect(rewardRedeemability(reward, gold)).toEqual({
      redeemable: true,
      reason: null,
      message: null,
    })
  })

  it.each<
    [string, Partial<RedeemableReward>, Partial<Redeemer>, string, RegExp]
  >([
    ["inactive", { active: false }, {}, "inactive", /"€10 off" is not active/],
    ["out of stock", { stock: 0 }, {}, "out_of_stock", /out of stock/],
    [
      "above the customer's tier",
      { min_tier_rank: 3 },
      {},
      "tier",
      /needs a higher tier than Gold/,
    ],
    [
      "a tier minimum for a customer without a tier",
      { min_tier_rank: 0 },
      { tier: null },
      "tier",
      /needs a higher tier than none/,
    ],
    [
      "more points than available",
      { points_cost: 501 },
      {},
      "insufficient_points",
      /Insufficient points: 500 available, 501 needed/,
    ],
  ])("refuses a reward %s", (_, r, c, reason, message) => {
    const result = rewardRedeemability({ ...reward, ...r }, { ...gold, ...c })
    expect(result).toEqual(
      expect.objectContaining({ redeemable: false, reason })
    )
    expect(result.message).toMatch(message)
  })

  it("accepts the exact cost, the exact rank and remaining stock", () => {
    expect(
      rewardRedeemability(
        { ...reward, points_cost: 500, min_tier_rank: 2, stock: 1 },
        gold
      ).redeemable
    ).toBe(true)
  })

  it("names the first obstacle: state, then stock, then tier, then points", () => {
    const customer: Redeemer = { tier: null, points_available: 0 }
    const worst = { ...reward, active: false, stock: 0, min_tier_rank: 1 }
    expect(rewardRedeemability(worst, customer).reason).toEqual("inactive")
    expect(
      rewardRedeemability({ ...worst, active: true }, customer).reason
    ).toEqual("out_of_stock")
    expect(
      rewardRedeemability({ ...worst, active: true, stock: 5 }, customer).reason
    ).toEqual("tier")
    expect(
      rewardRedeemability(
        { ...worst, active: true, stock: 5, min_tier_rank: null },
        customer
      ).reason
    ).toEqual("insufficient_points")
  })
})
