import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { bulkEntityIds } from "../../utils/ids"
import type { SqlManager } from "../../utils/sql"
import { ensureAccount } from "./ledger"
import type {
  LoyaltyProgramSettings,
  SetTierLockInput,
  TierChangeResult,
  TierLockState,
} from "./types"
import { decideTier } from "./utils/decide-tier"

/**
 * Re-evaluates tiers in bulk: one aggregate over the ledger computes every
 * account's standing against every tier (each tier's own qualifying
 * period), `decideTier` applies lock and downgrade grace, and the result is
 * written back in one statement. `accountIds` limits it to some accounts;
 * omitted, everybody is evaluated (the nightly job).
 */
export const evaluateTiers = async (
  manager: SqlManager,
  input: {
    account_ids?: string[]
    customer_ids?: string[]
    now: Date
    changed_by: string
  },
  settings: LoyaltyProgramSettings
): Promise<TierChangeResult[]> => {
  const { downgrade_grace_days } = settings
  const scopeIds = input.account_ids ? JSON.stringify(input.account_ids) : null
  const scopeCustomers = input.customer_ids
    ? JSON.stringify(input.customer_ids)
    : null

  if (!scopeIds && !scopeCustomers) {
    // Everybody: let the aggregates hash in memory instead of walking the
    // account_id index in order (this transaction only).
    await manager.execute(`SET LOCAL work_mem = '64MB'`)
  }
  const rows = await manager.execute(
    `WITH scope AS (
       SELECT a.id, a.customer_id, a.tier_id, a.tier_locked,
              a.tier_lock_expires_at, a.below_tier_since, ct.rank AS current_rank,
              a.lifetime_spend, a.orders_in_period
       FROM loyalty_account a
       LEFT JOIN loyalty_tier ct ON ct.id = a.tier_id AND ct.deleted_at IS NULL
       WHERE a.deleted_at IS NULL
         AND (?::jsonb IS NULL OR a.id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb))))
         AND (?::jsonb IS NULL OR a.customer_id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb))))
       FOR UPDATE OF a
     ),
     tiers AS (
       SELECT id, rank, min_lifetime_spend, min_orders, min_points,
              ?::timestamptz - make_interval(days => period_days) AS since
       FROM loyalty_tier WHERE deleted_at IS NULL
     ),
     cutoffs AS (
       SELECT COALESCE(array_agg(DISTINCT since ORDER BY since)
                FILTER (WHERE since IS NOT NULL), '{}') AS c
       FROM tiers
     ),
     buckets AS (
       SELECT e.account_id, width_bucket(e.created_at, c.c) AS bucket,
              SUM(e.amount) AS spend,
              COUNT(*) FILTER (WHERE e.type = 'earn')
                - COUNT(*) FILTER (WHERE e.type = 'reverse' AND e.metadata->>'canceled' = 'true') AS orders,
              SUM(e.points) AS points
       FROM loyalty_points_entry e
       CROSS JOIN cutoffs c
       WHERE e.type IN ('earn', 'reverse') AND e.deleted_at IS NULL
         AND ((?::jsonb IS NULL AND ?::jsonb IS NULL)
              OR e.account_id = ANY(ARRAY(SELECT id FROM scope)))
       GROUP BY e.account_id, 2
     ),
     standing AS (
       SELECT b.account_id, t.id AS tier_id,
              SUM(b.spend) AS spend, SUM(b.orders) AS orders, SUM(b.points) AS points
       FROM buckets b
       JOIN tiers t ON t.since IS NULL
                    OR b.bucket >= width_bucket(t.since, (SELECT c FROM cutoffs))
       GROUP BY b.account_id, t.id
     ),
     lifetime AS (
       SELECT account_id, SUM(spend) AS spend, SUM(orders) AS orders
       FROM buckets GROUP BY account_id
     ),
     target AS (
       SELECT DISTINCT ON (s.id) s.id AS account_id, t.id AS tier_id, t.rank
       FROM scope s
       CROSS JOIN tiers t
       LEFT JOIN standing q ON q.account_id = s.id AND q.tier_id = t.id
       WHERE (t.min_lifetime_spend IS NULL OR COALESCE(q.spend, 0) >= t.min_lifetime_spend)
         AND (t.min_orders IS NULL OR COALESCE(q.orders, 0) >= t.min_orders)
         AND (t.min_points IS NULL OR COALESCE(q.points, 0) >= t.min_points)
       ORDER BY s.id, t.rank DESC
     )
     SELECT s.id, s.customer_id, s.tier_id, s.current_rank, s.tier_locked,
            s.tier_lock_expires_at, s.below_tier_since,
            s.lifetime_spend AS stored_spend, s.orders_in_period AS stored_orders,
            tg.tier_id AS target_tier_id, tg.rank AS target_rank,
            COALESCE(l.spend, 0) AS spend, COALESCE(l.orders, 0) AS orders
     FROM scope s
     LEFT JOIN target tg ON tg.account_id = s.id
     LEFT JOIN lifetime l ON l.account_id = s.id`,
    [
      scopeIds,
      scopeIds,
      scopeCustomers,
      scopeCustomers,
      input.now,
      scopeIds,
      scopeCustomers,
    ]
  )

  const updates: Record<string, unknown>[] = []
  const changes: TierChangeResult[] = []
  for (const row of rows) {
    const decision = decideTier({
      current: row.tier_id ? { id: row.tier_id, rank: row.current_rank } : null,
      target: row.target_tier_id
        ? { id: row.target_tier_id, rank: row.target_rank }
        : null,
      locked: row.tier_locked,
      lock_expires_at: row.tier_lock_expires_at,
      below_tier_since: row.below_tier_since,
      now: input.now,
      grace_days: downgrade_grace_days,
    })
    // Rows whose stored result is already right are not rewritten: a
    // night changes a few thousand accounts, not all of them.
    const unchanged =
      decision.tier_id === row.tier_id &&
      (decision.below_tier_since?.getTime() ?? null) ===
        (row.below_tier_since?.getTime() ?? null) &&
      decision.locked === row.tier_locked &&
      Number(row.spend) === Number(row.stored_spend) &&
      Number(row.orders) === Number(row.stored_orders)
    if (!unchanged) {
      updates.push({
        id: row.id,
        tier_id: decision.tier_id,
        below: decision.below_tier_since,
        locked: decision.locked,
        spend: Number(row.spend),
        orders: Number(row.orders),
      })
    }
    if (decision.change) {
      changes.push({
        // Filled below, all at once (bulkEntityIds).
        id: "",
        account_id: row.id,
        customer_id: row.customer_id,
        from_tier_id: row.tier_id,
        to_tier_id: decision.tier_id,
        from_below_tier_since: row.below_tier_since,
        reason: decision.change,
      })
    }
  }

  const changeIds = bulkEntityIds("ltch", changes.length)
  changes.forEach((change, i) => (change.id = changeIds[i]))

  if (updates.length) {
    await manager.execute(
      `UPDATE loyalty_account a
       SET tier_id = u.tier_id,
           below_tier_since = u.below,
           tier_locked = u.locked,
           lifetime_spend = u.spend,
           raw_lifetime_spend = jsonb_build_object('value', u.spend::text, 'precision', 20),
           orders_in_period = u.orders,
           tier_evaluated_at = ?,
           updated_at = now()
       FROM jsonb_to_recordset(?::jsonb)
         AS u(id text, tier_id text, below timestamptz, locked boolean, spend numeric, orders int)
       WHERE a.id = u.id`,
      [input.now, JSON.stringify(updates)]
    )
  }
  if (changes.length) {
    await manager.execute(
      `INSERT INTO loyalty_tier_change (id, account_id, from_tier_id, to_tier_id, changed_by, reason)
       SELECT c.id, c.account_id, c.from_tier_id, c.to_tier_id, ?, c.reason
       FROM jsonb_to_recordset(?::jsonb)
         AS c(id text, account_id text, from_tier_id text, to_tier_id text, reason text)`,
      [input.changed_by, JSON.stringify(changes)]
    )
  }
  return changes
}

/**
 * Undoes tier changes written by `evaluateTiers` (workflow compensation):
 * puts the previous tier back and deletes the audit rows it added.
 */
export const revertTierChanges = async (
  manager: SqlManager,
  changes: TierChangeResult[]
): Promise<void> => {
  if (!changes.length) {
    return
  }
  await manager.execute(
    `UPDATE loyalty_account a
     SET tier_id = c.from_tier_id, below_tier_since = c.from_below_tier_since, updated_at = now()
     FROM jsonb_to_recordset(?::jsonb)
       AS c(account_id text, from_tier_id text, from_below_tier_since timestamptz)
     WHERE a.id = c.account_id`,
    [JSON.stringify(changes)]
  )
  await manager.execute(
    `DELETE FROM loyalty_tier_change WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(changes.map((c) => c.id))]
  )
}

/**
 * Locks a customer on a tier (or lifts the lock when `tier_id` is
 * undefined and `locked` is false). A lock that changes the tier is
 * audited like any other tier change. Returns the account's previous lock
 * state, for compensation, and the change, if any.
 */
export const setTierLock = async (
  manager: SqlManager,
  input: SetTierLockInput
): Promise<{ previous: TierLockState; change: TierChangeResult | null }> => {
  if (input.locked) {
    const [tier] = await manager.execute(
      `SELECT id FROM loyalty_tier WHERE id = ? AND deleted_at IS NULL`,
      [input.tier_id ?? null]
    )
    if (!tier) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `tier_id: no tier with id ${input.tier_id}`
      )
    }
  }
  const { id: accountId } = await ensureAccount(manager, input.customer_id)
  const [row] = await manager.execute(
    `SELECT id, customer_id, tier_id, below_tier_since, tier_locked,
            tier_lock_reason, tier_lock_expires_at, tier_locked_by
     FROM loyalty_account WHERE id = ? FOR UPDATE`,
    [accountId]
  )
  const previous: TierLockState = {
    customer_id: input.customer_id,
    tier_id: row.tier_id,
    below_tier_since: row.below_tier_since,
    locked: row.tier_locked,
    reason: row.tier_lock_reason,
    expires_at: row.tier_lock_expires_at,
    locked_by: row.tier_locked_by,
  }
  const tierId = input.locked ? (input.tier_id ?? null) : row.tier_id
  await manager.execute(
    `UPDATE loyalty_account
     SET tier_id = ?, below_tier_since = CASE WHEN ? THEN NULL ELSE below_tier_since END,
         tier_locked = ?, tier_lock_reason = ?, tier_lock_expires_at = ?,
         tier_locked_by = ?, updated_at = now()
     WHERE id = ?`,
    [
      tierId,
      input.locked,
      input.locked,
      input.locked ? input.reason : null,
      input.locked ? (input.expires_at ?? null) : null,
      input.locked ? input.locked_by : null,
      accountId,
    ]
  )

  let change: TierChangeResult | null = null
  if (tierId !== row.tier_id) {
    change = {
      id: generateEntityId(undefined, "ltch"),
      account_id: accountId,
      customer_id: input.customer_id,
      from_tier_id: row.tier_id,
      to_tier_id: tierId,
      from_below_tier_since: row.below_tier_since,
      reason: `tier locked: ${input.reason}`,
    }
    await manager.execute(
      `INSERT INTO loyalty_tier_change (id, account_id, from_tier_id, to_tier_id, changed_by, reason)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        change.id,
        accountId,
        change.from_tier_id,
        change.to_tier_id,
        input.locked_by,
        change.reason,
      ]
    )
  }
  return { previous, change }
}

export const restoreTierLock = async (
  manager: SqlManager,
  state: TierLockState,
  change: TierChangeResult | null
): Promise<void> => {
  await manager.execute(
    `UPDATE loyalty_account
     SET tier_id = ?, below_tier_since = ?, tier_locked = ?, tier_lock_reason = ?,
         tier_lock_expires_at = ?, tier_locked_by = ?, updated_at = now()
     WHERE customer_id = ? AND deleted_at IS NULL`,
    [
      state.tier_id,
      state.below_tier_since,
      state.locked,
      state.reason,
      state.expires_at,
      state.locked_by,
      state.customer_id,
    ]
  )
  if (change) {
    await manager.execute(`DELETE FROM loyalty_tier_change WHERE id = ?`, [
      change.id,
    ])
  }
}
