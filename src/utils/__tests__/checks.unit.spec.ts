import {
  above,
  atLeast,
  between,
  matches,
  nullOrAtLeast,
  nullOrBetween,
} from "../checks"

// The column names as the model hands them to a check.
const columns = new Proxy({} as Record<string, string>, {
  get: (_, key) => `"${String(key)}"`,
})

describe("model checks", () => {
  it("write the SQL the migrations were generated from", () => {
    expect(atLeast("x_non_negative", "x").expression(columns)).toBe(`"x" >= 0`)
    expect(atLeast("x_positive", "x", 1).expression(columns)).toBe(`"x" >= 1`)
    expect(above("x_positive", "x").expression(columns)).toBe(`"x" > 0`)
    expect(between("x_range", "x", 0, 100).expression(columns)).toBe(
      `"x" >= 0 AND "x" <= 100`
    )
    expect(nullOrAtLeast("x_non_negative", "x").expression(columns)).toBe(
      `"x" IS NULL OR "x" >= 0`
    )
    expect(nullOrBetween("x_range", "x", 1, 5).expression(columns)).toBe(
      `"x" IS NULL OR ("x" >= 1 AND "x" <= 5)`
    )
    expect(matches("x_format", "x", "^X-[0-9]+$").expression(columns)).toBe(
      `"x" ~ '^X-[0-9]+$'`
    )
  })

  it("keep their name", () => {
    expect(atLeast("loyalty_tier_rank_non_negative", "rank").name).toBe(
      "loyalty_tier_rank_non_negative"
    )
  })
})
