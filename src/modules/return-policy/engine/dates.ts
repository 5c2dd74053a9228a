import type { OrderSnapshot, ReturnPolicySnapshot } from "./types"

const DAY_MS = 86_400_000

/** Days since 1970-01-01 of the UTC calendar day `date` falls on. */
export const utcDay = (date: Date): number =>
  Math.floor(date.getTime() / DAY_MS)

/** A UTC day number as `YYYY-MM-DD`. */
export const formatUtcDay = (day: number): string =>
  new Date(day * DAY_MS).toISOString().slice(0, 10)

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? "" : "s"}`

/** Where an order stands in its return window at a given moment. */
export type ReturnWindow = {
  /** Last day a return may be requested, `YYYY-MM-DD` (UTC), inclusive. */
  deadline: string
  /** Whole UTC days from today until the deadline; 0 on and after it. */
  days_left: number
  open: boolean
  /** What the window counts from: delivery, or the order date as fallback. */
  counted_from: "delivery" | "order"
  window_days: number
}

type FulfillmentDates = {
  delivered_at?: Date | string | null
  canceled_at?: Date | string | null
} | null

/**
 * When an order counts as delivered: the earliest delivery among its
 * fulfillments that were not canceled; null before any delivery. Return
 * windows count from it.
 */
export const orderDeliveredAt = (
  fulfillments: FulfillmentDates[] | null | undefined
): Date | null =>
  (fulfillments ?? [])
    .filter((f) => f && !f.canceled_at && f.delivered_at)
    .map((f) => new Date(f!.delivered_at as string | Date))
    .sort((a, b) => a.getTime() - b.getTime())[0] ?? null

/**
 * The return window of an order. It counts whole UTC calendar days from the
 * day of delivery (the order date when the order was never delivered): with
 * a 30-day window, an order delivered on 2026-09-01 at any hour can be
 * returned until 2026-10-01 inclusive, and no longer on 2026-10-02. Counting
 * calendar days rather than 24-hour periods gives the customer one deadline
 * date to be told, whatever the time of delivery.
 */
export const returnWindow = (
  policy: Pick<ReturnPolicySnapshot, "return_window_days">,
  order: Pick<OrderSnapshot, "created_at" | "delivered_at">,
  now: Date
): ReturnWindow => {
  const start = order.delivered_at ?? order.created_at
  const deadlineDay = utcDay(start) + policy.return_window_days
  const daysLeft = deadlineDay - utcDay(now)
  return {
    deadline: formatUtcDay(deadlineDay),
    days_left: daysLeft > 0 ? daysLeft : 0,
    open: daysLeft >= 0,
    counted_from: order.delivered_at ? "delivery" : "order",
    window_days: policy.return_window_days,
  }
}

/**
 * The moment the return window of an order delivered at `deliveredAt`
 * closes: the start (00:00 UTC) of the day after its deadline, the first
 * instant `returnWindow` calls it closed. What the customer earned on the
 * order can no longer come back after it, so loyalty points are released
 * then.
 */
export const returnWindowClosesAt = (
  policy: Pick<ReturnPolicySnapshot, "return_window_days">,
  deliveredAt: Date
): Date =>
  new Date((utcDay(deliveredAt) + policy.return_window_days + 1) * DAY_MS)

/** Why a window is open or closed, in words for customers and staff. */
export const describeWindow = (window: ReturnWindow): string => {
  if (!window.open) {
    const from =
      window.counted_from === "delivery" ? "delivery" : "the order date"
    return `return window ended on ${window.deadline} (${plural(
      window.window_days,
      "day"
    )} from ${from})`
  }
  return window.days_left === 0
    ? `last day of the return window (${window.deadline})`
    : `return window open until ${window.deadline} (${plural(
        window.days_left,
        "day"
      )} left)`
}
