import { percentileOf } from "../report-rollup"

describe("percentileOf", () => {
  it("interpolates over a histogram as percentile_cont does over its rows", () => {
    // Rows [0, 0, 0, 0, 600, 3600, 7200]: PostgreSQL gives 0 and 5040.
    const histogram = [
      { value: 0, count: 4 },
      { value: 600, count: 1 },
      { value: 3600, count: 1 },
      { value: 7200, count: 1 },
    ]
    expect(percentileOf(histogram, 0.5)).toEqual(0)
    expect(percentileOf(histogram, 0.9)).toBeCloseTo(5040, 9)
    // [0, 0, 3600, 7200]: 1800 and 6120.
    const noTier = [
      { value: 0, count: 2 },
      { value: 3600, count: 1 },
      { value: 7200, count: 1 },
    ]
    expect(percentileOf(noTier, 0.5)).toEqual(1800)
    expect(percentileOf(noTier, 0.9)).toBeCloseTo(6120, 9)
    expect(percentileOf([], 0.5)).toBeNull()
    expect(percentileOf([{ value: 42, count: 1 }], 0.9)).toEqual(42)
  })
})
