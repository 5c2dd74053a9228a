import type { SqlManager } from "../../../utils/sql"
import {
  dayRanges,
  fullDays,
  isoDay,
  liveRanges,
  rangeCondition,
} from "../../../utils/day-rollup"

/**
 * Per-day rollup of the ledger for the program report: points per UTC day
 * and entry type for every "clean" day, one without a row in
 * `loyalty_report_change`. Triggers append a change row, in the writer's
 * transaction, for each day a statement on the ledger touched, so a day
 * being written is read live until `refreshPointsRollup` recomputes it:
 * the answer never depends on when the refresh last ran.
 */

const POINTS_FACTS = (condition: string) => `
  SELECT (e.created_at AT TIME ZONE 'UTC')::date AS day, e.type,
         SUM(e.points) AS points, COUNT(*) AS entries
  FROM loyalty_points_entry e
  WHERE e.deleted_at IS NULL AND (${condition})
  GROUP BY 1, 2`

/**
 * Recomputes the days with change rows and clears the rows it has seen; a
 * change committed meanwhile keeps its row, so its day stays live. One
 * refresh at a time: another instance's call returns at once.
 */
export const refreshPointsRollup = async (
  manager: SqlManager
): Promise<{ days: number }> => {
  const [lock] = await manager.execute(
    `SELECT pg_try_advisory_xact_lock(hashtext('loyalty_report_rollup')) AS locked`
  )
  if (!lock?.locked) {
    return { days: 0 }
  }
  const changed = await manager.execute(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, MAX(id) AS last
     FROM loyalty_report_change GROUP BY day`
  )
  if (!changed.length) {
    return { days: 0 }
  }
  const days = changed.map((c) => c.day as string)
  const inRanges = rangeCondition("e.created_at", dayRanges(days))
  await manager.execute(
    `DELETE FROM loyalty_report_points_day
     WHERE day IN (SELECT jsonb_array_elements_text(?::jsonb)::date)`,
    [JSON.stringify(days)]
  )
  await manager.execute(
    `INSERT INTO loyalty_report_points_day (day, type, points, entries)
     ${POINTS_FACTS(inRanges.sql)}`,
    inRanges.params
  )
  await manager.execute(
    `DELETE FROM loyalty_report_change c
     USING jsonb_to_recordset(?::jsonb) AS x(day date, last bigint)
     WHERE c.day = x.day AND c.id <= x.last`,
    [JSON.stringify(changed.map((c) => ({ day: c.day, last: Number(c.last) })))]
  )
  return { days: changed.length }
}

/**
 * Points per `period` bucket (UTC) and entry type of the entries created
 * in [from, to): the stored days, plus the partial days at both ends and
 * the days changed since the refresh computed live.
 */
export const pointsByPeriod = async (
  manager: SqlManager,
  input: { from: Date; to: Date; period: string }
) => {
  const whole = fullDays(input.from, input.to)
  const changed = whole
    ? (
        await manager.execute(
          `SELECT DISTINCT to_char(day, 'YYYY-MM-DD') AS day FROM loyalty_report_change
           WHERE day >= ?::date AND day < ?::date`,
          [isoDay(whole.start), isoDay(whole.end)]
        )
      ).map((r) => r.day as string)
    : []
  const live = rangeCondition(
    "e.created_at",
    liveRanges(input.from, input.to, changed, true)
  )
  return await manager.execute(
    `WITH facts AS (
       SELECT day, type, points FROM loyalty_report_points_day
       WHERE day >= ?::date AND day < ?::date
         AND day NOT IN (SELECT jsonb_array_elements_text(?::jsonb)::date)
       UNION ALL SELECT day, type, points FROM (${POINTS_FACTS(live.sql)}) l
     )
     SELECT to_char(date_trunc(?, day::timestamp), 'YYYY-MM-DD') AS period_start,
            COALESCE(SUM(points) FILTER (WHERE type = 'earn'), 0) AS earned,
            COALESCE(-SUM(points) FILTER (WHERE type = 'redeem'), 0) AS redeemed,
            COALESCE(-SUM(points) FILTER (WHERE type = 'reverse'), 0) AS reversed,
            COALESCE(-SUM(points) FILTER (WHERE type = 'expire'), 0) AS expired,
            COALESCE(SUM(points) FILTER (WHERE type = 'adjust'), 0) AS adjusted
     FROM facts GROUP BY 1 ORDER BY 1`,
    [
      whole ? isoDay(whole.start) : "1970-01-01",
      whole ? isoDay(whole.end) : "1970-01-01",
      JSON.stringify(changed),
      ...live.params,
      input.period,
    ]
  )
}
