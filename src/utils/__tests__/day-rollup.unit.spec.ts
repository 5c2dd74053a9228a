import { dayRanges, fullDays, liveRanges } from "../day-rollup"

const at = (iso: string) => new Date(iso)

describe("report rollup days", () => {
  it("splits a period into the partial days at its ends and whole days", () => {
    const from = at("2026-03-01T09:30:00.000Z")
    const to = at("2026-03-05T12:00:00.000Z")
    expect(fullDays(from, to)).toEqual({
      start: at("2026-03-02T00:00:00.000Z"),
      end: at("2026-03-05T00:00:00.000Z"),
    })
    // 03-03 changed since its rollup: read live with both ends.
    expect(liveRanges(from, to, ["2026-03-03"])).toEqual([
      { lo: from, hi: at("2026-03-02T00:00:00.000Z") },
      {
        lo: at("2026-03-03T00:00:00.000Z"),
        hi: at("2026-03-04T00:00:00.000Z"),
      },
      { lo: at("2026-03-05T00:00:00.000Z"), hi: to, closed: true },
    ])
  })

  it("reads a period inside one day live, and drops empty ends", () => {
    const from = at("2026-03-01T09:00:00.000Z")
    const to = at("2026-03-01T10:00:00.000Z")
    expect(fullDays(from, to)).toBeNull()
    expect(liveRanges(from, to, [], true)).toEqual([
      { lo: from, hi: to, closed: false },
    ])
    // Midnight to midnight: whole days only, `to` itself still counted.
    const midnight = at("2026-03-03T00:00:00.000Z")
    expect(liveRanges(at("2026-03-01T00:00:00.000Z"), midnight, [])).toEqual([
      { lo: midnight, hi: midnight, closed: true },
    ])
    expect(
      liveRanges(at("2026-03-01T00:00:00.000Z"), midnight, [], true)
    ).toEqual([])
  })

  it("merges neighbouring days into one range", () => {
    expect(dayRanges(["2026-03-04", "2026-03-02", "2026-03-03"])).toEqual([
      {
        lo: at("2026-03-02T00:00:00.000Z"),
        hi: at("2026-03-05T00:00:00.000Z"),
      },
    ])
  })
})
