/**
 * Day arithmetic of the reports' per-day rollups (UTC days): which whole
 * days of a period a rollup can answer, and days as index ranges.
 */

export const DAY_MS = 86_400_000

/** A half-open time range, or closed at `hi` when `closed`. */
export type TimeRange = { lo: Date; hi: Date; closed?: boolean }

/** Whole UTC days `[start, end)` inside `[from, to]`, or null if none. */
export const fullDays = (
  from: Date,
  to: Date
): { start: Date; end: Date } | null => {
  const start = new Date(Math.ceil(from.getTime() / DAY_MS) * DAY_MS)
  const end = new Date(Math.floor(to.getTime() / DAY_MS) * DAY_MS)
  return start < end ? { start, end } : null
}

/** `YYYY-MM-DD` of a UTC day. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/** Days (`YYYY-MM-DD`) as ranges, neighbours merged into one range. */
export const dayRanges = (days: string[]): TimeRange[] => {
  const ranges: TimeRange[] = []
  for (const day of [...days].sort()) {
    const lo = new Date(`${day}T00:00:00.000Z`)
    const last = ranges[ranges.length - 1]
    if (last && last.hi.getTime() === lo.getTime()) {
      last.hi = new Date(lo.getTime() + DAY_MS)
    } else {
      ranges.push({ lo, hi: new Date(lo.getTime() + DAY_MS) })
    }
  }
  return ranges
}

/**
 * The ranges a report computes live: the partial days at both ends of
 * `[from, to]` (`to` included, or excluded when `openEnd`) and the whole
 * days changed since their rollup.
 */
export const liveRanges = (
  from: Date,
  to: Date,
  changedDays: string[],
  openEnd = false
): TimeRange[] => {
  const whole = fullDays(from, to)
  if (!whole) {
    return [{ lo: from, hi: to, closed: !openEnd }]
  }
  return [
    { lo: from, hi: whole.start },
    ...dayRanges(changedDays),
    { lo: whole.end, hi: to, closed: !openEnd },
  ].filter((r) => r.lo < r.hi || (r.closed && r.lo <= r.hi))
}

/** One `OR` arm per range on `column`, and their bindings. */
export const rangeCondition = (column: string, ranges: TimeRange[]) => ({
  sql:
    ranges
      .map(
        (r) =>
          `(${column} >= ?::timestamptz AND ${column} ${r.closed ? "<=" : "<"} ?::timestamptz)`
      )
      .join(" OR ") || "false",
  params: ranges.flatMap((r) => [r.lo, r.hi]),
})
