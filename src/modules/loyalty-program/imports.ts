import { bulkEntityIds } from "../../utils/ids"
import type { SqlManager } from "../../utils/sql"
import { evaluateTiers } from "./tiers"
import type {
  ApplyLoyaltyImportBatchInput,
  LoyaltyImportBatchInput,
  LoyaltyImportSummary,
  LoyaltyProgramSettings,
} from "./types"
import {
  addToImportSummary,
  emptyImportSummary,
  importedLockExpiry,
  importMarker,
  mergeImportSummaries,
  planImportRows,
  type ImportAccountState,
} from "./utils/plan-import"

/** `source_type` of the ledger entries imports write. */
export const IMPORT_SOURCE_TYPE = "loyalty_import"

const DAY_MS = 86_400_000

/**
 * The batch's accounts, with what earlier imports from `source` added to
 * each. Applying locks them first (`FOR UPDATE`), so two imports of the
 * same member serialize and the second sees the first's entry.
 *
 * While an import fills the ledger its statistics are stale (the planner
 * believes the tables nearly empty), so both reads are written to leave it
 * one plan: the ids as an array (`= ANY`, computed once, an index lookup
 * per id) rather than `IN (SELECT …)`, which it would re-run for every
 * ledger row, and the source compared as one expression, so the
 * (source_type, source_id) index, which would read every entry of the
 * source for each batch, is not a candidate.
 */
const loadAccounts = async (
  manager: SqlManager,
  customerIds: string[],
  source: string,
  lock: boolean
): Promise<Map<string, ImportAccountState>> => {
  const rows = await manager.execute(
    `SELECT a.id, a.customer_id, a.tier_id, a.tier_locked, a.tier_lock_expires_at,
            a.tier_locked_by, a.points_available, a.points_debt
     FROM loyalty_account a
     WHERE a.deleted_at IS NULL
       AND a.customer_id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))
     ${lock ? "ORDER BY a.id FOR UPDATE" : ""}`,
    [JSON.stringify(customerIds)]
  )
  const sums = rows.length
    ? await manager.execute(
        `SELECT e.account_id, SUM(e.points) AS imported
         FROM loyalty_points_entry e
         WHERE e.account_id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))
           AND e.source_type || '/' || e.source_id = ? AND e.deleted_at IS NULL
         GROUP BY e.account_id`,
        [
          JSON.stringify(rows.map((r) => r.id)),
          `${IMPORT_SOURCE_TYPE}/${source}`,
        ]
      )
    : []
  const imported = new Map(sums.map((r) => [r.account_id, Number(r.imported)]))
  return new Map(
    rows.map((r) => [
      r.customer_id,
      {
        id: r.id,
        customer_id: r.customer_id,
        tier_id: r.tier_id,
        tier_locked: r.tier_locked,
        tier_lock_expires_at: r.tier_lock_expires_at
          ? new Date(r.tier_lock_expires_at)
          : null,
        tier_locked_by: r.tier_locked_by,
        points_available: Number(r.points_available),
        points_debt: Number(r.points_debt),
        imported: imported.get(r.id) ?? 0,
      },
    ])
  )
}

const loadTiers = async (manager: SqlManager) =>
  (await manager.execute(
    `SELECT id, name FROM loyalty_tier WHERE deleted_at IS NULL`
  )) as { id: string; name: string }[]

/**
 * What importing a batch would do, without writing: the dry run. Accounts
 * that do not exist yet count as created.
 */
export const previewImportBatch = async (
  manager: SqlManager,
  input: LoyaltyImportBatchInput
): Promise<LoyaltyImportSummary> => {
  const accounts = await loadAccounts(
    manager,
    input.rows.map((r) => r.customer_id),
    input.source,
    false
  )
  const plan = planImportRows({
    rows: input.rows,
    accounts,
    tiers: await loadTiers(manager),
    tier_mapping: input.tier_mapping,
    now: input.now,
  })
  return addToImportSummary(emptyImportSummary(), plan.reports, {
    unknown_tiers: plan.unknown_tiers,
    kept_locked: plan.kept_locked,
  })
}

/**
 * Imports a batch in one transaction, in bulk: opens missing accounts
 * (one insert), locks and reads the batch's accounts with what earlier
 * imports added (two queries), writes one `adjust` entry per member whose
 * balance from the source changed (one insert), the balances and imported
 * tiers (one update), the tier audit (one insert), gives members still
 * without a tier theirs (the nightly job's bulk evaluation) and saves the
 * import's progress. Returns the batch's summary.
 */
export const applyImportBatch = async (
  manager: SqlManager,
  input: ApplyLoyaltyImportBatchInput,
  settings: LoyaltyProgramSettings
): Promise<LoyaltyImportSummary> => {
  const marker = importMarker(input.import_id)
  const customerIds = input.rows.map((r) => r.customer_id)
  const batch = emptyImportSummary()
  addToImportSummary(batch, input.skipped, {
    pending: input.pending_not_imported,
  })

  if (customerIds.length) {
    // The accounts the import opens, so the report can tell created from
    // adjusted.
    const opened = await manager.execute(
      `INSERT INTO loyalty_account (id, customer_id)
       SELECT a.id, a.customer_id
       FROM jsonb_to_recordset(?::jsonb) AS a(id text, customer_id text)
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING
       RETURNING customer_id`,
      [
        JSON.stringify(
          bulkEntityIds("lacc", customerIds.length).map((id, i) => ({
            id,
            customer_id: customerIds[i],
          }))
        ),
      ]
    )
    const created = new Set(opened.map((r) => r.customer_id as string))
    const locked = await loadAccounts(manager, customerIds, input.source, true)
    const plan = planImportRows({
      rows: input.rows,
      accounts: locked,
      tiers: await loadTiers(manager),
      tier_mapping: input.tier_mapping,
      now: input.now,
    })
    for (const report of plan.reports) {
      if (report.outcome !== "skipped" && created.has(report.customer_id!)) {
        report.outcome = "created"
      }
    }
    addToImportSummary(batch, plan.reports, {
      unknown_tiers: plan.unknown_tiers,
      kept_locked: plan.kept_locked,
    })

    const note = `Imported from ${input.label} (import ${input.import_id})`
    const expiresAt = new Date(
      input.now.getTime() + settings.points_expire_days * DAY_MS
    )
    const rowOf = new Map(input.rows.map((r) => [r.customer_id, r]))
    const credited = plan.writes.filter((w) => w.delta !== 0)
    const entryIds = bulkEntityIds("lpe", credited.length)
    const entries = credited.map((w, i) => {
      const row = rowOf.get(w.customer_id)!
      return {
        id: entryIds[i],
        account_id: locked.get(w.customer_id)!.id,
        points: w.delta,
        // Imported points get the program's full expiry window from the
        // day they arrive, as freshly earned points would.
        expires_at: w.delta > 0 ? expiresAt : null,
        idempotency_key: `${marker}:${w.customer_id}`,
        metadata: {
          import_id: input.import_id,
          source: input.source,
          line: row.line,
          external_id: row.external_id,
          balance: row.points,
          previously_imported: row.points - w.delta,
        },
      }
    })
    if (entries.length) {
      await manager.execute(
        `INSERT INTO loyalty_points_entry
           (id, account_id, type, points, status, expires_at, source_type,
            source_id, idempotency_key, note, created_by, metadata)
         SELECT e.id, e.account_id, 'adjust', e.points, 'available', e.expires_at,
                ?, ?, e.idempotency_key, ?, ?, e.metadata
         FROM jsonb_to_recordset(?::jsonb)
           AS e(id text, account_id text, points int, expires_at timestamptz,
                idempotency_key text, metadata jsonb)`,
        [
          IMPORT_SOURCE_TYPE,
          input.source,
          note,
          marker,
          JSON.stringify(entries),
        ]
      )
    }

    const lockUntil = importedLockExpiry(input.now)
    const updates = plan.writes.map((w) => ({
      id: locked.get(w.customer_id)!.id,
      available: w.available,
      debt: w.debt,
      tier_id: w.tier?.id ?? null,
      set_tier: !!w.tier,
    }))
    if (updates.length) {
      await manager.execute(
        `UPDATE loyalty_account a
         SET points_available = u.available,
             points_debt = u.debt,
             tier_id = CASE WHEN u.set_tier THEN u.tier_id ELSE a.tier_id END,
             below_tier_since = CASE WHEN u.set_tier THEN NULL ELSE a.below_tier_since END,
             tier_locked = a.tier_locked OR u.set_tier,
             tier_lock_reason = CASE WHEN u.set_tier THEN ? ELSE a.tier_lock_reason END,
             tier_lock_expires_at = CASE WHEN u.set_tier THEN ?::timestamptz ELSE a.tier_lock_expires_at END,
             tier_locked_by = CASE WHEN u.set_tier THEN ? ELSE a.tier_locked_by END,
             updated_at = now()
         FROM jsonb_to_recordset(?::jsonb)
           AS u(id text, available int, debt int, tier_id text, set_tier boolean)
         WHERE a.id = u.id`,
        [note, lockUntil, marker, JSON.stringify(updates)]
      )
    }
    const retiered = plan.writes.filter(
      (w) => w.tier && w.tier.id !== w.tier.from
    )
    const changeIds = bulkEntityIds("ltch", retiered.length)
    const changes = retiered.map((w, i) => ({
      id: changeIds[i],
      account_id: locked.get(w.customer_id)!.id,
      from_tier_id: w.tier!.from,
      to_tier_id: w.tier!.id,
    }))
    if (changes.length) {
      await manager.execute(
        `INSERT INTO loyalty_tier_change (id, account_id, from_tier_id, to_tier_id, changed_by, reason)
         SELECT c.id, c.account_id, c.from_tier_id, c.to_tier_id, ?, ?
         FROM jsonb_to_recordset(?::jsonb)
           AS c(id text, account_id text, from_tier_id text, to_tier_id text)`,
        [marker, `imported from ${input.label}`, JSON.stringify(changes)]
      )
    }
    // Members still without a tier get the one they qualify for now, as
    // after an admin adjustment. The others keep theirs: imported tiers are
    // locked, and imported points are not qualifying points, so evaluating
    // them would change nothing.
    const tiered = new Set(
      plan.writes.filter((w) => w.tier).map((w) => w.customer_id)
    )
    const tierless = [...locked.values()]
      .filter((a) => !a.tier_id && !tiered.has(a.customer_id))
      .map((a) => a.id)
    if (tierless.length) {
      await evaluateTiers(
        manager,
        { account_ids: tierless, now: input.now, changed_by: marker },
        settings
      )
    }
  }

  const [record] = await manager.execute(
    `SELECT summary FROM loyalty_import WHERE id = ? FOR UPDATE`,
    [input.import_id]
  )
  const summary = mergeImportSummaries(
    (record?.summary as LoyaltyImportSummary | null) ?? emptyImportSummary(),
    batch
  )
  await manager.execute(
    `UPDATE loyalty_import SET processed_rows = ?, summary = ?::jsonb, updated_at = now()
     WHERE id = ?`,
    [input.processed_rows, JSON.stringify(summary), input.import_id]
  )
  return batch
}

/**
 * Undoes an import (workflow compensation). The ledger is append-only, so
 * each of its entries gets an inverse entry of the same source (the
 * source's imported total is back where it was, and re-running the file
 * imports it again); points already spent are recorded as debt, as a
 * reversal would. Tiers the import set are put back and its locks lifted:
 * the import never overrides a live lock, so the accounts it re-tiered had
 * none. Accounts it opened stay, empty, as any first visit leaves them.
 */
export const revertImport = async (
  manager: SqlManager,
  importId: string,
  source: string
): Promise<void> => {
  const marker = importMarker(importId)
  const entries = await manager.execute(
    `SELECT e.id, e.account_id, e.points, e.idempotency_key
     FROM loyalty_points_entry e
     WHERE e.source_type = ? AND e.source_id = ? AND e.created_by = ?
       AND e.type = 'adjust' AND e.deleted_at IS NULL
       AND e.metadata->>'reverts' IS NULL`,
    [IMPORT_SOURCE_TYPE, source, marker]
  )
  if (entries.length) {
    const accounts = await manager.execute(
      `SELECT id, points_available, points_debt FROM loyalty_account
       WHERE id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))
       ORDER BY id FOR UPDATE`,
      [JSON.stringify(entries.map((e) => e.account_id))]
    )
    const byId = new Map(accounts.map((a) => [a.id, a]))
    const inverseIds = bulkEntityIds("lpe", entries.length)
    const inverse = entries.map((e, i) => {
      const account = byId.get(e.account_id)
      let available = Number(account.points_available)
      let debt = Number(account.points_debt)
      const points = -Number(e.points)
      let entryDebt = 0
      if (points > 0) {
        const repaid = Math.min(debt, points)
        debt -= repaid
        available += points - repaid
      } else {
        const taken = Math.min(available, -points)
        available -= taken
        entryDebt = -points - taken
        debt += entryDebt
      }
      return {
        id: inverseIds[i],
        account_id: e.account_id,
        points,
        debt: entryDebt,
        available,
        account_debt: debt,
        idempotency_key: `${e.idempotency_key}:revert`,
        metadata: { import_id: importId, reverts: e.id },
      }
    })
    await manager.execute(
      `INSERT INTO loyalty_points_entry
         (id, account_id, type, points, status, debt, source_type, source_id,
          idempotency_key, note, created_by, metadata)
       SELECT e.id, e.account_id, 'adjust', e.points, 'available', e.debt, ?, ?,
              e.idempotency_key, ?, ?, e.metadata
       FROM jsonb_to_recordset(?::jsonb)
         AS e(id text, account_id text, points int, debt int,
              idempotency_key text, metadata jsonb)
       ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING`,
      [
        IMPORT_SOURCE_TYPE,
        source,
        `Import ${importId} rolled back`,
        marker,
        JSON.stringify(inverse),
      ]
    )
    await manager.execute(
      `UPDATE loyalty_account a
       SET points_available = u.available, points_debt = u.account_debt, updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS u(account_id text, available int, account_debt int)
       WHERE a.id = u.account_id`,
      [JSON.stringify(inverse)]
    )
  }
  await manager.execute(
    `UPDATE loyalty_account a
     SET tier_id = c.from_tier_id, updated_at = now()
     FROM loyalty_tier_change c
     WHERE c.account_id = a.id AND c.changed_by = ?`,
    [marker]
  )
  await manager.execute(
    `UPDATE loyalty_account
     SET tier_locked = false, tier_lock_reason = NULL, tier_lock_expires_at = NULL,
         tier_locked_by = NULL, below_tier_since = NULL, updated_at = now()
     WHERE tier_locked_by = ? AND deleted_at IS NULL`,
    [marker]
  )
  await manager.execute(
    `DELETE FROM loyalty_tier_change WHERE changed_by = ?`,
    [marker]
  )
}
