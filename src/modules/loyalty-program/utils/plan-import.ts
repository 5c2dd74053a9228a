import type {
  LoyaltyImportMatchedRow,
  LoyaltyImportOutcome,
  LoyaltyImportRowReport,
  LoyaltyImportSummary,
} from "../types"

/** Rows of each outcome the report keeps as a sample. */
export const SAMPLE_ROWS = 10

/** Days an imported tier is locked before normal evaluation takes over. */
export const IMPORTED_TIER_LOCK_DAYS = 365

const DAY_MS = 86_400_000

/** `tier_locked_by` of a lock set by an import: names the import. */
export const importMarker = (importId: string) => `loyalty_import:${importId}`

/** An account as the import reads it (under a row lock when applying). */
export type ImportAccountState = {
  id: string
  customer_id: string
  tier_id: string | null
  tier_locked: boolean
  tier_lock_expires_at: Date | null
  tier_locked_by: string | null
  points_available: number
  points_debt: number
  /** Net points earlier imports from the same source added. */
  imported: number
}

export type ImportTier = { id: string; name: string }

/** What applying one row writes. */
export type PlannedImportWrite = {
  customer_id: string
  account_id: string | null
  delta: number
  available: number
  debt: number
  /** Set when the row puts the member on a tier (and locks it there). */
  tier: { id: string; from: string | null } | null
  report: LoyaltyImportRowReport
}

export const emptyImportSummary = (): LoyaltyImportSummary => ({
  rows: 0,
  created: 0,
  adjusted: 0,
  unchanged: 0,
  skipped: 0,
  skipped_by_reason: {
    invalid_row: 0,
    duplicate_email: 0,
    no_customer: 0,
    ambiguous_customer: 0,
    insufficient_points: 0,
  },
  unknown_tiers: {},
  tiers_set: 0,
  tiers_kept_locked: 0,
  points_added: 0,
  points_removed: 0,
  pending_not_imported: 0,
  samples: { created: [], adjusted: [], unchanged: [], skipped: [] },
})

/**
 * Adds row reports to a summary (in place, and returned): the counts, and
 * the first {@link SAMPLE_ROWS} rows of each outcome as a sample.
 */
export const addToImportSummary = (
  summary: LoyaltyImportSummary,
  reports: LoyaltyImportRowReport[],
  extra: {
    unknown_tiers?: string[]
    pending?: number
    kept_locked?: number
  } = {}
): LoyaltyImportSummary => {
  for (const report of reports) {
    summary.rows++
    summary[report.outcome]++
    if (report.reason) {
      summary.skipped_by_reason[report.reason]++
    }
    if (report.delta > 0) {
      summary.points_added += report.delta
    } else {
      summary.points_removed -= report.delta
    }
    if (report.tier_set) {
      summary.tiers_set++
    }
    const sample = summary.samples[report.outcome]
    if (sample.length < SAMPLE_ROWS) {
      sample.push(report)
    }
  }
  for (const name of extra.unknown_tiers ?? []) {
    summary.unknown_tiers[name] = (summary.unknown_tiers[name] ?? 0) + 1
  }
  summary.pending_not_imported += extra.pending ?? 0
  summary.tiers_kept_locked += extra.kept_locked ?? 0
  return summary
}

/** Adds one summary's figures and samples to another (in place). */
export const mergeImportSummaries = (
  into: LoyaltyImportSummary,
  from: LoyaltyImportSummary
): LoyaltyImportSummary => {
  const counts = [
    "rows",
    "created",
    "adjusted",
    "unchanged",
    "skipped",
    "tiers_set",
    "tiers_kept_locked",
    "points_added",
    "points_removed",
    "pending_not_imported",
  ] as const
  for (const key of counts) {
    into[key] += from[key]
  }
  for (const [reason, n] of Object.entries(from.skipped_by_reason)) {
    into.skipped_by_reason[reason as keyof typeof into.skipped_by_reason] += n
  }
  for (const [name, n] of Object.entries(from.unknown_tiers)) {
    into.unknown_tiers[name] = (into.unknown_tiers[name] ?? 0) + n
  }
  for (const outcome of Object.keys(from.samples) as LoyaltyImportOutcome[]) {
    const sample = into.samples[outcome]
    sample.push(...from.samples[outcome].slice(0, SAMPLE_ROWS - sample.length))
  }
  return into
}

/** A row refused before it reached the ledger, as its report. */
export const skippedRow = (
  row: { line: number; email: string; points: number; tier: string | null },
  reason: LoyaltyImportRowReport["reason"],
  message: string,
  customerId: string | null = null
): LoyaltyImportRowReport => ({
  line: row.line,
  email: row.email,
  points: row.points,
  tier: row.tier,
  outcome: "skipped",
  reason,
  message,
  customer_id: customerId,
  delta: 0,
  tier_set: null,
})

/**
 * The source's tier name as a plugin tier: through the request's mapping
 * if it names it, else a plugin tier of the same name (both
 * case-insensitive). `null` for an empty cell, `undefined` for a name no
 * tier has (reported, never created).
 */
export const tierResolver = (
  tiers: ImportTier[],
  mapping: Record<string, string> | null | undefined
) => {
  const byName = new Map(tiers.map((t) => [t.name.trim().toLowerCase(), t]))
  const byId = new Map(tiers.map((t) => [t.id, t]))
  const mapped = new Map(
    Object.entries(mapping ?? {}).map(([from, to]) => [
      from.trim().toLowerCase(),
      to.trim(),
    ])
  )
  return (name: string | null): ImportTier | null | undefined => {
    if (!name) {
      return null
    }
    const key = name.trim().toLowerCase()
    const target = mapped.get(key)
    if (target !== undefined) {
      return byId.get(target) ?? byName.get(target.toLowerCase())
    }
    return byName.get(key)
  }
}

/**
 * Plans a batch of matched rows against the accounts as they are. The
 * import means "this member's balance from <source> is N": the entry adds
 * N minus what earlier imports from that source already added, so the same
 * file twice adds nothing and a changed file only the difference. A
 * removal the member's available points cannot cover is refused for that
 * row (they spent imported points since), as an admin adjustment would be.
 * An imported tier is locked for a year, so the evaluation (which counts
 * orders here, not points brought from elsewhere) does not drop the member
 * before they have had the chance to qualify; an admin's own lock wins.
 */
export const planImportRows = (input: {
  rows: LoyaltyImportMatchedRow[]
  accounts: Map<string, ImportAccountState>
  tiers: ImportTier[]
  tier_mapping?: Record<string, string> | null
  now: Date
}): {
  writes: PlannedImportWrite[]
  reports: LoyaltyImportRowReport[]
  unknown_tiers: string[]
  kept_locked: number
} => {
  const resolve = tierResolver(input.tiers, input.tier_mapping)
  const tierName = new Map(input.tiers.map((t) => [t.id, t.name]))
  const writes: PlannedImportWrite[] = []
  const reports: LoyaltyImportRowReport[] = []
  const unknownTiers: string[] = []
  let keptLocked = 0

  for (const row of input.rows) {
    const account = input.accounts.get(row.customer_id)
    const imported = account?.imported ?? 0
    const delta = row.points - imported
    let available = account?.points_available ?? 0
    let debt = account?.points_debt ?? 0

    if (delta < 0 && available + delta < 0) {
      reports.push(
        skippedRow(
          row,
          "insufficient_points",
          `earlier imports from this source added ${imported} points; taking ${-delta} back would leave ${available + delta} available`,
          row.customer_id
        )
      )
      continue
    }
    if (delta > 0) {
      // New points pay off debt from earlier over-reversals first, as any
      // credit does.
      const repaid = Math.min(debt, delta)
      debt -= repaid
      available += delta - repaid
    } else {
      available += delta
    }

    const target = resolve(row.tier)
    let message: string | null = null
    let tier: PlannedImportWrite["tier"] = null
    if (target === undefined) {
      unknownTiers.push(row.tier!)
      message = `tier "${row.tier}" matches no tier: not set`
    } else if (target) {
      const lockLive =
        !!account?.tier_locked &&
        (account.tier_lock_expires_at == null ||
          account.tier_lock_expires_at > input.now)
      const lockedByImport =
        account?.tier_locked_by?.startsWith("loyalty_import:") ?? false
      if (lockLive && !lockedByImport && account!.tier_id !== target.id) {
        keptLocked++
        message = `tier kept: locked by an admin on ${tierName.get(account!.tier_id ?? "") ?? "no tier"}`
      } else if (!(lockLive && account!.tier_id === target.id)) {
        tier = { id: target.id, from: account?.tier_id ?? null }
      }
    }

    const outcome: LoyaltyImportOutcome = !account
      ? "created"
      : delta !== 0 || tier
        ? "adjusted"
        : "unchanged"
    const report: LoyaltyImportRowReport = {
      line: row.line,
      email: row.email,
      points: row.points,
      tier: row.tier,
      outcome,
      reason: null,
      message,
      customer_id: row.customer_id,
      delta,
      tier_set: tier && tier.id !== tier.from ? target!.name : null,
    }
    reports.push(report)
    if (outcome !== "unchanged") {
      writes.push({
        customer_id: row.customer_id,
        account_id: account?.id ?? null,
        delta,
        available,
        debt,
        tier,
        report,
      })
    }
  }
  return {
    writes,
    reports,
    unknown_tiers: unknownTiers,
    kept_locked: keptLocked,
  }
}

/** When an imported tier lock ends. */
export const importedLockExpiry = (now: Date) =>
  new Date(now.getTime() + IMPORTED_TIER_LOCK_DAYS * DAY_MS)
