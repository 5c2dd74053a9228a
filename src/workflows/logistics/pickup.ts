/** How many days ahead a pickup may be booked. */
export const PICKUP_MAX_DAYS_AHEAD = 14

/**
 * Why a pickup on `date` cannot be booked, or null: carriers collect from
 * the next day on (a day is a UTC calendar day), up to two weeks ahead.
 *
 * @example
 * pickupDateProblem(new Date("2026-12-08"), new Date("2026-12-07T15:00:00Z")) // null
 */
export const pickupDateProblem = (date: Date, now: Date): string | null => {
  const day = (d: Date) =>
    Math.floor(
      Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / 86_400_000
    )
  const ahead = day(date) - day(now)
  if (ahead < 1) {
    return "pickup_date must be tomorrow or later"
  }
  if (ahead > PICKUP_MAX_DAYS_AHEAD) {
    return `pickup_date must be at most ${PICKUP_MAX_DAYS_AHEAD} days ahead`
  }
  return null
}
