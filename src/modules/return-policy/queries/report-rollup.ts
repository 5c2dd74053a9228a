import type { SqlManager } from "../../../utils/sql"
import {
  dayRanges,
  fullDays,
  isoDay,
  liveRanges,
  rangeCondition,
  type TimeRange,
} from "../../../utils/day-rollup"

/**
 * Per-day rollups of the returns report. The rollup tables hold, for each
 * UTC day that is "clean", the same aggregates the report would compute
 * from that day's requests; a day is clean when `return_report_change` has
 * no row for it. Triggers append a change row, in the writer's transaction,
 * for every day a statement on requests or items touched, so a day being
 * written is read live until `refreshReportRollup` recomputes it: the
 * answer never depends on when the refresh last ran.
 */

export type TierScope = { filter: boolean; tier_id: string | null }

const tierCondition = (column: string) =>
  `(NOT ?::boolean OR ${column} IS NOT DISTINCT FROM ?::text)`

/**
 * The `req` CTE: the requests created in `ranges`, not deleted, of the
 * scope's tier. One `OR` arm per range, each an index range.
 */
const liveRequests = (ranges: TimeRange[], scope: TierScope) => {
  const inRanges = rangeCondition("r.created_at", ranges)
  return {
    cte: `req AS (
       SELECT r.id, r.created_at, (r.created_at AT TIME ZONE 'UTC')::date AS day,
              r.status, r.channel, r.tier_id, r.tier_name, r.first_outcome,
              r.first_decided_by_type, r.first_decision_at, r.items_quantity,
              r.disputed_at,
              r.metadata->'exchange'->>'currency_code' AS exchange_currency,
              -- The credit an exchange keeps: what the returned items were
              -- paid, less the surplus refunded when the new item is cheaper.
              LEAST((r.metadata->'exchange'->>'credit_total')::numeric,
                    (r.metadata->'exchange'->>'new_total')::numeric) AS exchange_kept
       FROM return_request r
       WHERE r.deleted_at IS NULL AND (${inRanges.sql})
         AND ${tierCondition("r.tier_id")}
     )`,
    params: [...inRanges.params, scope.filter, scope.tier_id],
  }
}

// The three aggregates of a set of requests (`req`), per day: shared by the
// refresh (which stores them) and the report (which computes the days not
// stored), so both give the same figures.
const REQUEST_FACTS = `
  SELECT day, tier_id, tier_name,
         -- The report names a tier as its latest request did.
         MAX(created_at) AS tier_name_at,
         channel, status, first_outcome, first_decided_by_type,
         COUNT(*) AS requests, COALESCE(SUM(items_quantity), 0) AS items,
         COUNT(*) FILTER (WHERE disputed_at IS NOT NULL) AS disputed,
         exchange_currency,
         COUNT(*) FILTER (WHERE exchange_currency IS NOT NULL) AS exchanges,
         COALESCE(SUM(exchange_kept), 0) AS revenue_kept
  FROM req
  GROUP BY day, tier_id, tier_name, channel, status, first_outcome,
           first_decided_by_type, exchange_currency`
const DECISION_FACTS = `
  SELECT day, tier_id,
         -- GREATEST: a decision stamped before its request counts as 0 s.
         GREATEST(0, EXTRACT(EPOCH FROM first_decision_at - created_at))::double precision AS seconds,
         COUNT(*) AS requests
  FROM req WHERE first_decision_at IS NOT NULL
  GROUP BY 1, 2, 3`
// Items share their request's creation time, so the items of `ranges` are
// ranges of their own index, joined to `req` for the day, tier and scope.
const reasonFacts = (ranges: TimeRange[]) => {
  const inRanges = rangeCondition("i.created_at", ranges)
  return {
    sql: `
  SELECT req.day, req.tier_id, i.reason_code,
         SUM(i.quantity) AS items, COUNT(DISTINCT i.request_id) AS requests
  FROM return_request_item i JOIN req ON req.id = i.request_id
  WHERE i.deleted_at IS NULL AND (${inRanges.sql})
  GROUP BY 1, 2, 3`,
    params: inRanges.params,
  }
}

/**
 * Recomputes the rollup of every day with a change row and clears the
 * change rows it has seen. A change committed while it runs keeps its row
 * (the delete only takes ids it read, and waits on rows still being
 * written), so that day stays live until the next refresh. One refresh at
 * a time: another instance's call returns at once.
 */
export const refreshReportRollup = async (
  manager: SqlManager
): Promise<{ days: number }> => {
  const [lock] = await manager.execute(
    `SELECT pg_try_advisory_xact_lock(hashtext('return_report_rollup')) AS locked`
  )
  if (!lock?.locked) {
    return { days: 0 }
  }
  const changed = await manager.execute(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, MAX(id) AS last
     FROM return_report_change GROUP BY day`
  )
  if (!changed.length) {
    return { days: 0 }
  }
  const days = JSON.stringify(changed.map((c) => c.day))
  const ranges = dayRanges(changed.map((c) => c.day))
  const live = liveRequests(ranges, { filter: false, tier_id: null })
  const reasons = reasonFacts(ranges)
  const inDays = `day IN (SELECT jsonb_array_elements_text(?::jsonb)::date)`
  for (const [table, facts, params] of [
    ["return_report_request_day", REQUEST_FACTS, []],
    ["return_report_decision_day", DECISION_FACTS, []],
    ["return_report_reason_day", reasons.sql, reasons.params],
  ] as const) {
    await manager.execute(`DELETE FROM ${table} WHERE ${inDays}`, [days])
    const columns =
      table === "return_report_request_day"
        ? "day, tier_id, tier_name, tier_name_at, channel, status, first_outcome, first_decided_by_type, requests, items, disputed, exchange_currency, exchanges, revenue_kept"
        : table === "return_report_decision_day"
          ? "day, tier_id, seconds, requests"
          : "day, tier_id, reason_code, items, requests"
    await manager.execute(
      `INSERT INTO ${table} (${columns}) WITH ${live.cte} ${facts}`,
      [...live.params, ...params]
    )
  }
  await manager.execute(
    `DELETE FROM return_report_change c
     USING jsonb_to_recordset(?::jsonb) AS x(day date, last bigint)
     WHERE c.day = x.day AND c.id <= x.last`,
    [JSON.stringify(changed.map((c) => ({ day: c.day, last: Number(c.last) })))]
  )
  return { days: changed.length }
}

/**
 * The aggregates of the requests created in [from, to] of the scope: the
 * stored rollup of clean whole days, plus the same aggregates computed
 * live for the partial days at both ends and the days changed since the
 * last refresh.
 */
export const reportFacts = async (
  manager: SqlManager,
  input: { from: Date; to: Date; group_by: string; scope: TierScope }
) => {
  const whole = fullDays(input.from, input.to)
  const dirty = whole
    ? (
        await manager.execute(
          `SELECT DISTINCT to_char(day, 'YYYY-MM-DD') AS day FROM return_report_change
           WHERE day >= ?::date AND day < ?::date`,
          [isoDay(whole.start), isoDay(whole.end)]
        )
      ).map((r) => r.day as string)
    : []
  const ranges = liveRanges(input.from, input.to, dirty)
  const live = liveRequests(ranges, input.scope)
  const liveReasons = reasonFacts(ranges)
  // The stored days: whole, in range, not changed since the refresh.
  const stored = `day >= ?::date AND day < ?::date
    AND day NOT IN (SELECT jsonb_array_elements_text(?::jsonb)::date)
    AND ${tierCondition("tier_id")}`
  const storedParams = whole
    ? [
        isoDay(whole.start),
        isoDay(whole.end),
        JSON.stringify(dirty),
        input.scope.filter,
        input.scope.tier_id,
      ]
    : ["1970-01-01", "1970-01-01", "[]", false, null]

  const [groups, decisions, reasons] = await Promise.all([
    manager.execute(
      `WITH ${live.cte},
       facts AS (
         SELECT day, tier_id, tier_name, tier_name_at, channel, status,
                first_outcome, first_decided_by_type, requests, items, disputed,
                exchange_currency, exchanges, revenue_kept
         FROM return_report_request_day WHERE ${stored}
         UNION ALL ${REQUEST_FACTS}
       )
       SELECT tier_id, tier_name, channel, status, first_outcome,
              first_decided_by_type,
              to_char(date_trunc(?, day::timestamp), 'YYYY-MM-DD') AS period,
              exchange_currency,
              SUM(requests) AS requests, SUM(items) AS items,
              SUM(disputed) AS disputed, MAX(tier_name_at) AS tier_name_at,
              SUM(exchanges) AS exchanges, SUM(revenue_kept) AS revenue_kept
       FROM facts GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
      [...live.params, ...storedParams, input.group_by]
    ),
    manager.execute(
      `WITH ${live.cte},
       facts AS (
         SELECT tier_id, seconds, requests FROM return_report_decision_day
         WHERE ${stored}
         UNION ALL SELECT tier_id, seconds, requests FROM (${DECISION_FACTS}) d
       )
       SELECT tier_id, seconds, SUM(requests) AS requests
       FROM facts GROUP BY 1, 2 ORDER BY 2`,
      [...live.params, ...storedParams]
    ),
    manager.execute(
      `WITH ${live.cte},
       facts AS (
         SELECT reason_code, items, requests FROM return_report_reason_day
         WHERE ${stored}
         UNION ALL SELECT reason_code, items, requests FROM (${liveReasons.sql}) f
       )
       SELECT f.reason_code,
              (SELECT MAX(rc.label) FROM return_reason_code rc
               WHERE rc.code = f.reason_code AND rc.deleted_at IS NULL) AS label,
              SUM(f.items) AS items, SUM(f.requests) AS requests
       FROM facts f GROUP BY f.reason_code
       ORDER BY items DESC, f.reason_code`,
      [...live.params, ...storedParams, ...liveReasons.params]
    ),
  ])
  return { groups, decisions, reasons }
}

/**
 * `percentile_cont(p)` of a histogram of values sorted ascending, as
 * PostgreSQL computes it: linear interpolation between the two values
 * around position p × (n - 1).
 */
export const percentileOf = (
  histogram: { value: number; count: number }[],
  p: number
): number | null => {
  const n = histogram.reduce((sum, h) => sum + h.count, 0)
  if (!n) {
    return null
  }
  const position = p * (n - 1)
  const first = Math.floor(position)
  const second = Math.ceil(position)
  const at = (index: number) => {
    let seen = 0
    for (const h of histogram) {
      seen += h.count
      if (index < seen) {
        return h.value
      }
    }
    return histogram[histogram.length - 1].value
  }
  const lo = at(first)
  const hi = at(second)
  return lo + (position - first) * (hi - lo)
}
