import type { SqlManager } from "../../../utils/sql"
import { percentileOf, reportFacts } from "./report-rollup"

/**
 * Figures for the returns report over the requests created in
 * [from, to], overall and per tier (the tier snapshot on the request):
 * outcomes, the share auto-approved by the policy, median and p90 time to
 * decision, the share kept as exchanges and the revenue they kept; volume per `group_by` bucket (UTC, empty buckets included),
 * items per reason code and requests per channel.
 *
 * Time to decision runs from the request's creation to its first decision
 * by the policy or a person (auto_approve, reject, approved, rejected): a
 * request the customer withdrew before anyone decided has none. A request
 * is disputed once the open-dispute workflow has marked it (`disputed_at`),
 * so disputes are counted from the same rollup as everything else.
 * The figures come from the per-day rollups plus the days computed live
 * (`reportFacts`): no request rows are loaded, and the medians are exact
 * (the rollup keeps every decision time with its count).
 */
export const reportReturnRequests = async (
  manager: SqlManager,
  input: ReturnRequestReportInput
): Promise<ReturnRequestReport> => {
  const scope = {
    filter: input.tier_id !== undefined,
    tier_id: input.tier_id ?? null,
  }

  // Independent reads over the same period: sent together, so the report
  // takes as long as the slowest of them rather than their sum.
  const [facts, bucketRows] = await Promise.all([
    reportFacts(manager, {
      from: input.from,
      to: input.to,
      group_by: input.group_by,
      scope,
    }),
    manager.execute(
      `SELECT to_char(generate_series(
         date_trunc(?, ?::timestamptz AT TIME ZONE 'UTC'),
         date_trunc(?, ?::timestamptz AT TIME ZONE 'UTC'),
         ('1 ' || ?)::interval
       ), 'YYYY-MM-DD') AS period`,
      [input.group_by, input.from, input.group_by, input.to, input.group_by]
    ),
  ])

  const num = (v: unknown) => Number(v ?? 0)
  const round2 = (n: number) => Math.round(n * 100) / 100
  const addMoney = (
    totals: Map<string, number>,
    currency: string,
    amount: number
  ) => totals.set(currency, (totals.get(currency) ?? 0) + amount)
  const share = (part: number, whole: number) => (whole ? part / whole : 0)
  // Timestamps have millisecond precision; rounding to it drops the float
  // noise of the percentile interpolation.
  const seconds = (v: number | null) =>
    v === null ? null : Math.round(v * 1000) / 1000

  // Outcome counts per tier (key "" for no tier), summed from the groups.
  type Counts = {
    requests: number
    auto_approved: number
    reviewed: number
    pending_review: number
    approved: number
    rejected: number
    canceled: number
    disputed: number
    exchanges: number
    /** Per currency of the exchanges. */
    revenue_kept: Map<string, number>
    tier_name: string | null
    tier_name_at: number
  }
  const key = (tierId: unknown) => (tierId as string | null) ?? ""
  const counts = new Map<string, Counts>()
  const volume = new Map<string, { requests: number; items: number }>()
  const perChannel = new Map<string, number>()
  for (const g of facts.groups) {
    const requests = num(g.requests)
    const c = counts.get(key(g.tier_id)) ?? {
      requests: 0,
      auto_approved: 0,
      reviewed: 0,
      pending_review: 0,
      approved: 0,
      rejected: 0,
      canceled: 0,
      disputed: 0,
      exchanges: 0,
      revenue_kept: new Map<string, number>(),
      tier_name: null,
      tier_name_at: -Infinity,
    }
    c.requests += requests
    c.disputed += num(g.disputed)
    // An exchange keeps the sale once approved (Medusa's exchange exists);
    // one still in review, refused or withdrawn kept nothing.
    if (
      g.exchange_currency &&
      (g.status === "approved" || g.status === "completed")
    ) {
      c.exchanges += num(g.exchanges)
      addMoney(c.revenue_kept, g.exchange_currency, num(g.revenue_kept))
    }
    if (
      g.first_outcome === "auto_approve" &&
      g.first_decided_by_type === "policy"
    ) {
      c.auto_approved += requests
    }
    if (g.first_outcome === "review") {
      c.reviewed += requests
    }
    if (g.status === "pending_review") {
      c.pending_review += requests
    } else if (g.status === "approved" || g.status === "completed") {
      c.approved += requests
    } else if (g.status === "rejected") {
      c.rejected += requests
    } else if (g.status === "canceled") {
      c.canceled += requests
    }
    const at = new Date(g.tier_name_at).getTime()
    if (at > c.tier_name_at) {
      c.tier_name_at = at
      c.tier_name = g.tier_name ?? null
    }
    counts.set(key(g.tier_id), c)
    const v = volume.get(g.period) ?? { requests: 0, items: 0 }
    v.requests += requests
    v.items += num(g.items)
    volume.set(g.period, v)
    perChannel.set(g.channel, (perChannel.get(g.channel) ?? 0) + requests)
  }
  const histograms = new Map<string, { value: number; count: number }[]>()
  const allDecisions: { value: number; count: number }[] = []
  for (const d of facts.decisions) {
    const h = { value: Number(d.seconds), count: num(d.requests) }
    const histogram = histograms.get(key(d.tier_id)) ?? []
    histogram.push(h)
    histograms.set(key(d.tier_id), histogram)
    allDecisions.push(h)
  }
  const figures = (
    c: Counts | undefined,
    histogram: { value: number; count: number }[]
  ): ReturnRequestReportFigures => {
    const requests = c?.requests ?? 0
    const autoApproved = c?.auto_approved ?? 0
    const disputed = c?.disputed ?? 0
    const exchanges = c?.exchanges ?? 0
    return {
      requests,
      auto_approved: autoApproved,
      auto_approved_share: share(autoApproved, requests),
      reviewed: c?.reviewed ?? 0,
      pending_review: c?.pending_review ?? 0,
      approved: c?.approved ?? 0,
      rejected: c?.rejected ?? 0,
      canceled: c?.canceled ?? 0,
      disputed,
      dispute_rate: share(disputed, requests),
      decided: histogram.reduce((sum, h) => sum + h.count, 0),
      median_decision_seconds: seconds(percentileOf(histogram, 0.5)),
      p90_decision_seconds: seconds(percentileOf(histogram, 0.9)),
      exchanges,
      exchange_share: share(exchanges, requests),
      revenue_kept: [...(c?.revenue_kept ?? new Map<string, number>())]
        .map(([currency_code, amount]) => ({
          currency_code,
          amount: round2(amount),
        }))
        .sort((a, b) => a.currency_code.localeCompare(b.currency_code)),
    }
  }

  const tiers = [...counts.entries()].filter(([, c]) => c.requests > 0)
  const total = tiers.reduce<Counts>(
    (t, [, c]) => ({
      ...t,
      requests: t.requests + c.requests,
      auto_approved: t.auto_approved + c.auto_approved,
      reviewed: t.reviewed + c.reviewed,
      pending_review: t.pending_review + c.pending_review,
      approved: t.approved + c.approved,
      rejected: t.rejected + c.rejected,
      canceled: t.canceled + c.canceled,
      disputed: t.disputed + c.disputed,
      exchanges: t.exchanges + c.exchanges,
      revenue_kept: [...c.revenue_kept].reduce(
        (sum, [currency, amount]) => addMoney(sum, currency, amount),
        new Map(t.revenue_kept)
      ),
    }),
    {
      requests: 0,
      auto_approved: 0,
      reviewed: 0,
      pending_review: 0,
      approved: 0,
      rejected: 0,
      canceled: 0,
      disputed: 0,
      exchanges: 0,
      revenue_kept: new Map<string, number>(),
      tier_name: null,
      tier_name_at: 0,
    }
  )
  allDecisions.sort((a, b) => a.value - b.value)
  const perTier = tiers
    .map(([tierKey, c]) => ({
      tier_id: tierKey || null,
      tier_name: tierKey ? (c.tier_name ?? tierKey) : "No tier",
      ...figures(c, histograms.get(tierKey) ?? []),
    }))
    .sort(
      (a, b) =>
        b.requests - a.requests || a.tier_name.localeCompare(b.tier_name)
    )

  const totalItems = facts.reasons.reduce((sum, row) => sum + num(row.items), 0)

  return {
    totals: figures(total, allDecisions),
    per_tier: perTier,
    volume: bucketRows.map((row) => ({
      period: row.period,
      requests: volume.get(row.period)?.requests ?? 0,
      items: volume.get(row.period)?.items ?? 0,
    })),
    reasons: facts.reasons.map((row) => ({
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
  /** Requests approved as exchanges (the native exchange exists). */
  exchanges: number
  /** exchanges / requests: the share of returns kept as exchanges. */
  exchange_share: number
  /**
   * Per currency, the credit those exchanges kept: what the returned items
   * were paid, less the surplus refunded for a cheaper new item.
   */
  revenue_kept: { currency_code: string; amount: number }[]
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
