import type { SqlManager } from "../../../utils/sql"

/**
 * Figures for the returns report over the requests created in
 * [from, to], overall and per tier (the tier snapshot on the request):
 * outcomes, the share auto-approved by the policy, median and p90 time to
 * decision; volume per `group_by` bucket (UTC, empty buckets included),
 * items per reason code and requests per channel.
 *
 * Time to decision runs from the request's creation to its first decision
 * by the policy or a person (auto_approve, reject, approved, rejected): a
 * request the customer withdrew before anyone decided has none. Disputes
 * belong to another module, so the caller passes the disputed request ids.
 * Everything is aggregated in SQL: no request rows are loaded.
 */
export const reportReturnRequests = async (
  manager: SqlManager,
  input: ReturnRequestReportInput
): Promise<ReturnRequestReport> => {
  const scope = reportScope(input)

  // Independent reads over the same period: sent together, so the report
  // takes as long as the slowest of them rather than their sum.
  const [figureRows, volumeRows, reasonRows, channelRows] = await Promise.all([
    manager.execute(
      `WITH ${scope.cte},
       disputed AS (
         SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS request_id
       ),
       facts AS (
         SELECT req.*,
                -- GREATEST skips nulls: an undecided request has no time.
                CASE WHEN req.first_decision_at IS NOT NULL THEN
                  GREATEST(0, EXTRACT(EPOCH FROM req.first_decision_at - req.created_at))::double precision
                END AS seconds,
                dp.request_id IS NOT NULL AS disputed
         FROM req LEFT JOIN disputed dp ON dp.request_id = req.id
       )
       SELECT GROUPING(tier_id) = 1 AS is_total,
              tier_id,
              (array_agg(tier_name ORDER BY created_at DESC))[1] AS tier_name,
              COUNT(*) AS requests,
              COUNT(*) FILTER (
                WHERE first_outcome = 'auto_approve' AND first_decided_by_type = 'policy'
              ) AS auto_approved,
              COUNT(*) FILTER (WHERE first_outcome = 'review') AS reviewed,
              COUNT(*) FILTER (WHERE status = 'pending_review') AS pending_review,
              COUNT(*) FILTER (WHERE status IN ('approved', 'completed')) AS approved,
              COUNT(*) FILTER (WHERE status = 'rejected') AS rejected,
              COUNT(*) FILTER (WHERE status = 'canceled') AS canceled,
              COUNT(*) FILTER (WHERE disputed) AS disputed,
              COUNT(seconds) AS decided,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median_seconds,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90_seconds
       FROM facts
       GROUP BY GROUPING SETS ((tier_id), ())`,
      [...scope.params, JSON.stringify(input.disputed_request_ids ?? [])]
    ),
    manager.execute(
      `WITH ${scope.cte},
       buckets AS (
         SELECT generate_series(
           date_trunc(?, ?::timestamptz AT TIME ZONE 'UTC'),
           date_trunc(?, ?::timestamptz AT TIME ZONE 'UTC'),
           ('1 ' || ?)::interval
         ) AS period
       ),
       per_period AS (
         SELECT date_trunc(?, req.created_at AT TIME ZONE 'UTC') AS period,
                COUNT(*) AS requests, SUM(req.items_quantity) AS items
         FROM req GROUP BY 1
       )
       SELECT to_char(b.period, 'YYYY-MM-DD') AS period,
              COALESCE(p.requests, 0) AS requests,
              COALESCE(p.items, 0) AS items
       FROM buckets b LEFT JOIN per_period p ON p.period = b.period
       ORDER BY b.period`,
      [
        ...scope.params,
        input.group_by,
        input.from,
        input.group_by,
        input.to,
        input.group_by,
        input.group_by,
      ]
    ),
    // Items share their request's creation time, so the period's items
    // are one range of their own index, joined to the period's requests
    // for the tier filter.
    manager.execute(
      `WITH ${scope.cte}
       SELECT i.reason_code, MAX(rc.label) AS label,
              SUM(i.quantity) AS items, COUNT(DISTINCT i.request_id) AS requests
       FROM return_request_item i
       JOIN req ON req.id = i.request_id
       LEFT JOIN return_reason_code rc
         ON rc.code = i.reason_code AND rc.deleted_at IS NULL
       WHERE i.deleted_at IS NULL AND i.created_at >= ? AND i.created_at <= ?
       GROUP BY i.reason_code
       ORDER BY items DESC, i.reason_code`,
      [...scope.params, input.from, input.to]
    ),
    manager.execute(
      `WITH ${scope.cte}
       SELECT channel, COUNT(*) AS requests FROM req GROUP BY channel`,
      scope.params
    ),
  ])

  const num = (v: unknown) => Number(v ?? 0)
  const share = (part: number, whole: number) => (whole ? part / whole : 0)
  // Timestamps have millisecond precision; rounding to it drops the float
  // noise of the percentile interpolation.
  const seconds = (v: unknown) =>
    v === null || v === undefined ? null : Math.round(Number(v) * 1000) / 1000
  const figures = (row: any): ReturnRequestReportFigures => {
    const requests = num(row?.requests)
    const autoApproved = num(row?.auto_approved)
    const disputed = num(row?.disputed)
    return {
      requests,
      auto_approved: autoApproved,
      auto_approved_share: share(autoApproved, requests),
      reviewed: num(row?.reviewed),
      pending_review: num(row?.pending_review),
      approved: num(row?.approved),
      rejected: num(row?.rejected),
      canceled: num(row?.canceled),
      disputed,
      dispute_rate: share(disputed, requests),
      decided: num(row?.decided),
      median_decision_seconds: seconds(row?.median_seconds),
      p90_decision_seconds: seconds(row?.p90_seconds),
    }
  }

  const perTier = figureRows
    .filter((row) => !row.is_total)
    .map((row) => ({
      tier_id: (row.tier_id as string | null) ?? null,
      tier_name: row.tier_id
        ? ((row.tier_name as string | null) ?? row.tier_id)
        : "No tier",
      ...figures(row),
    }))
    .sort(
      (a, b) =>
        b.requests - a.requests || a.tier_name.localeCompare(b.tier_name)
    )

  const totalItems = reasonRows.reduce((sum, row) => sum + num(row.items), 0)
  const perChannel = new Map<string, number>(
    channelRows.map((row) => [row.channel, num(row.requests)])
  )

  return {
    totals: figures(figureRows.find((row) => row.is_total)),
    per_tier: perTier,
    volume: volumeRows.map((row) => ({
      period: row.period,
      requests: num(row.requests),
      items: num(row.items),
    })),
    reasons: reasonRows.map((row) => ({
      reason_code: row.reason_code,
      label: row.label ?? row.reason_code,
      items: num(row.items),
      requests: num(row.requests),
      share: share(num(row.items), totalItems),
    })),
    // Every channel, busiest first, so a chart's categories stay stable.
    channels: RETURN_CHANNELS.map((channel) => ({
      channel,
      requests: perChannel.get(channel) ?? 0,
    })).sort((a, b) => b.requests - a.requests),
  }
}

/**
 * The report's requests as a `req` CTE and its bindings: created in
 * [from, to], not deleted, of one tier when `tier_id` is given (null:
 * those made without a tier).
 */
const reportScope = (
  input: ReturnRequestReportInput
): {
  cte: string
  params: unknown[]
} => {
  return {
    cte: `req AS (
       SELECT r.id, r.created_at, r.status, r.channel, r.tier_id, r.tier_name,
              r.first_outcome, r.first_decided_by_type, r.first_decision_at,
              r.items_quantity
       FROM return_request r
       WHERE r.deleted_at IS NULL
         AND r.created_at >= ? AND r.created_at <= ?
         AND (NOT ?::boolean OR r.tier_id IS NOT DISTINCT FROM ?::text)
     )`,
    params: [
      input.from,
      input.to,
      input.tier_id !== undefined,
      input.tier_id ?? null,
    ],
  }
}

/**
 * Customer service figures between `from` and `to` (both optional):
 * average initiation time (form opened to request created) of CSR
 * returns, volume per channel (every request) and per CSR, and the
 * accuracy rate: the share of CSR-created requests not later canceled or
 * corrected by a reviewer's rejection. Aggregated in SQL.
 */
export const reportCsrReturns = async (
  manager: SqlManager,
  input: { from?: Date | null; to?: Date | null }
): Promise<CsrReturnReport> => {
  const range = `r.deleted_at IS NULL
    AND r.created_at >= COALESCE(?::timestamptz, '-infinity')
    AND r.created_at <= COALESCE(?::timestamptz, 'infinity')`
  const params = [input.from ?? null, input.to ?? null]
  const figures = `COUNT(*) AS requests,
    COUNT(r.opened_at) AS timed,
    AVG(EXTRACT(EPOCH FROM (r.created_at - r.opened_at)))
      FILTER (WHERE r.opened_at IS NOT NULL) AS avg_initiation_seconds,
    COUNT(*) FILTER (WHERE r.status NOT IN ('canceled', 'rejected')) AS accurate`
  const [totals] = await manager.execute(
    `SELECT ${figures} FROM return_request r
     WHERE r.created_by_type = 'admin' AND ${range}`,
    params
  )
  const perCsr = await manager.execute(
    `SELECT r.created_by, ${figures} FROM return_request r
     WHERE r.created_by_type = 'admin' AND ${range}
     GROUP BY r.created_by ORDER BY COUNT(*) DESC, r.created_by`,
    params
  )
  const perChannel = await manager.execute(
    `SELECT r.channel, COUNT(*) AS requests,
       COUNT(*) FILTER (WHERE r.created_by_type = 'admin') AS csr_requests
     FROM return_request r WHERE ${range}
     GROUP BY r.channel ORDER BY r.channel`,
    params
  )
  const shape = (row: Record<string, unknown> | undefined) => {
    const requests = Number(row?.requests ?? 0)
    const avg = row?.avg_initiation_seconds
    return {
      requests,
      timed_requests: Number(row?.timed ?? 0),
      avg_initiation_seconds:
        avg === null || avg === undefined
          ? null
          : Math.round(Number(avg) * 10) / 10,
      accurate: Number(row?.accurate ?? 0),
      accuracy_rate: requests
        ? Math.round((Number(row?.accurate ?? 0) / requests) * 10_000) / 10_000
        : null,
    }
  }
  return {
    csr: shape(totals),
    per_csr: perCsr.map((row) => ({
      created_by: row.created_by as string,
      ...shape(row),
    })),
    per_channel: perChannel.map((row) => ({
      channel: row.channel as string,
      requests: Number(row.requests),
      csr_requests: Number(row.csr_requests),
    })),
  }
}

/** The channels a return request can come through, as in the model. */
const RETURN_CHANNELS = [
  "storefront",
  "phone",
  "email",
  "chat",
  "in_store",
] as const

export type ReturnRequestReportInput = {
  from: Date
  to: Date
  group_by: "day" | "week" | "month"
  /** Omitted: every tier; null: only requests made without a tier. */
  tier_id?: string | null
  /** Ids of requests with at least one dispute (the dispute module's). */
  disputed_request_ids?: string[]
}

/** Outcome figures of a set of requests (all, or one tier's). */
export type ReturnRequestReportFigures = {
  requests: number
  /** First decision: the policy's auto_approve. */
  auto_approved: number
  auto_approved_share: number
  /** First decision: the policy's review. */
  reviewed: number
  /** By current status; approved includes completed. */
  pending_review: number
  approved: number
  rejected: number
  canceled: number
  disputed: number
  dispute_rate: number
  /** Requests with a decision, the population of the two times below. */
  decided: number
  median_decision_seconds: number | null
  p90_decision_seconds: number | null
}

export type ReturnRequestReport = {
  totals: ReturnRequestReportFigures
  per_tier: (ReturnRequestReportFigures & {
    tier_id: string | null
    tier_name: string
  })[]
  volume: { period: string; requests: number; items: number }[]
  reasons: {
    reason_code: string
    label: string
    items: number
    requests: number
    share: number
  }[]
  channels: { channel: string; requests: number }[]
}

export type CsrReturnFigures = {
  requests: number
  /** Requests that know when the form was opened. */
  timed_requests: number
  avg_initiation_seconds: number | null
  /** Neither canceled nor rejected. */
  accurate: number
  /** accurate / requests, 0..1; null without requests. */
  accuracy_rate: number | null
}

export type CsrReturnReport = {
  csr: CsrReturnFigures
  per_csr: (CsrReturnFigures & { created_by: string })[]
  per_channel: { channel: string; requests: number; csr_requests: number }[]
}
