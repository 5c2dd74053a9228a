import { z } from "@medusajs/framework/zod"
import { idString } from "../../../utils/validators"

const DAY_MS = 86_400_000
// Bounds the volume series: 3660 daily buckets at most.
const MAX_RANGE_DAYS = 3660
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * An ISO date or date-time as a Date, or null. Impossible days (02-30) are
 * refused rather than rolled over, and a time without an offset is UTC, not
 * the server's zone.
 */
const parseIsoDate = (value: string): Date | null => {
  const match = ISO_DATE.exec(value)
  if (!match) {
    return null
  }
  const [, year, month, day, offset] = match
  const date = new Date(Date.UTC(+year, +month - 1, +day))
  if (date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day) {
    return null
  }
  const timed = value.length > 10
  const parsed = Date.parse(timed && !offset ? `${value}Z` : value)
  return Number.isNaN(parsed) ? null : new Date(parsed)
}

const isoDate = (field: string) =>
  z
    .string({ error: `${field} must be an ISO date, e.g. 2026-03-31` })
    .refine((v) => parseIsoDate(v) !== null, {
      error: `${field} must be an ISO date, e.g. 2026-03-31`,
    })

export type AdminGetReturnPolicyReportParamsType = z.infer<
  typeof AdminGetReturnPolicyReportParams
>
export const AdminGetReturnPolicyReportParams = z
  .strictObject({
    from: isoDate("from").optional(),
    to: isoDate("to").optional(),
    group_by: z
      .enum(["day", "week", "month"], {
        error: "group_by must be one of day, week, month",
      })
      .default("week"),
    // A loyalty tier id, or `none` for requests made without a tier.
    tier_id: idString("tier_id").optional(),
    format: z
      .enum(["json", "csv"], { error: "format must be json or csv" })
      .default("json"),
  })
  .transform((q) => {
    // A date without a time, as `to`, covers that whole day (UTC).
    const to = !q.to
      ? new Date()
      : q.to.length === 10
        ? new Date(parseIsoDate(q.to)!.getTime() + DAY_MS - 1)
        : parseIsoDate(q.to)!
    const from = q.from
      ? parseIsoDate(q.from)!
      : new Date(to.getTime() - 90 * DAY_MS)
    return {
      from,
      to,
      group_by: q.group_by,
      tier_id:
        q.tier_id === undefined
          ? undefined
          : q.tier_id === "none"
            ? null
            : q.tier_id,
      format: q.format,
    }
  })
  .refine((q) => q.from <= q.to, {
    error: "from must be on or before to",
    path: ["from"],
  })
  .refine((q) => q.to.getTime() - q.from.getTime() <= MAX_RANGE_DAYS * DAY_MS, {
    error: `from: a report covers at most ${MAX_RANGE_DAYS} days`,
    path: ["from"],
  })
