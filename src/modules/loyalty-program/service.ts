import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  generateEntityId,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import LoyaltyAccount from "./models/loyalty-account"
import PointsEntry from "./models/points-entry"
import Redemption from "./models/redemption"
import Reward from "./models/reward"
import Tier from "./models/tier"
import TierChange from "./models/tier-change"
import { decideTier } from "./utils/decide-tier"
import type {
  LoyaltyProgramOptions,
  TierChangeResult,
  LoyaltyProgramSettings,
  RecordPointsInput,
  RecordPointsResult,
} from "./types"

type SqlManager = {
  execute: (sql: string, params?: unknown[]) => Promise<any[]>
}

/**
 * Loyalty program module service: tiers, accounts, the points ledger and
 * rewards. Generated CRUD comes from `MedusaService`; methods added here are
 * the rules that need the database (ledger maths under a row lock).
 */
class LoyaltyProgramModuleService extends MedusaService({
  LoyaltyTier: Tier,
  LoyaltyAccount,
  LoyaltyPointsEntry: PointsEntry,
  LoyaltyReward: Reward,
  LoyaltyRedemption: Redemption,
  LoyaltyTierChange: TierChange,
}) {
  protected readonly settings_: LoyaltyProgramSettings

  constructor(
    container: Record<string, unknown>,
    options?: LoyaltyProgramOptions
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.settings_ = {
      points_per_currency_unit: options?.loyalty?.points_per_currency_unit ?? 1,
      points_pending_days: options?.loyalty?.points_pending_days ?? 30,
      downgrade_grace_days: options?.loyalty?.downgrade_grace_days ?? 30,
      points_expire_days: options?.loyalty?.points_expire_days ?? 365,
    }
  }

  /** Program settings from the plugin options, with defaults. */
  async getProgramSettings(): Promise<LoyaltyProgramSettings> {
    return this.settings_
  }

  /**
   * Returns the customer's account, creating it on first use. Safe under
   * concurrency: the insert is a no-op when another transaction won.
   */
  @InjectTransactionManager()
  async ensureAccount(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string }> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(
      `INSERT INTO loyalty_account (id, customer_id)
       VALUES (?, ?)
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING`,
      [generateEntityId(undefined, "lacc"), customerId]
    )
    const [row] = await manager.execute(
      `SELECT id FROM loyalty_account WHERE customer_id = ? AND deleted_at IS NULL`,
      [customerId]
    )
    return row
  }

  /**
   * Writes one ledger entry and moves the account's balances, under a row
   * lock on the account so concurrent writes (two redemptions, an accrual and
   * a reversal) serialize instead of both reading the same balance. A second
   * call with the same idempotency key returns the first entry and changes
   * nothing.
   */
  @InjectTransactionManager()
  async recordPoints(
    input: RecordPointsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordPointsResult> {
    const manager = sharedContext.transactionManager as SqlManager
    if (!Number.isInteger(input.points) || input.points === 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `points must be a non-zero whole number, got ${input.points}`
      )
    }

    const { id: accountId } = await this.ensureAccount(
      input.customer_id,
      sharedContext
    )
    const [account] = await manager.execute(
      `SELECT id, points_available, points_pending, points_debt
       FROM loyalty_account WHERE id = ? FOR UPDATE`,
      [accountId]
    )

    const [existing] = await manager.execute(
      `SELECT id FROM loyalty_points_entry WHERE idempotency_key = ?`,
      [input.idempotency_key]
    )
    if (existing) {
      return { entry_id: existing.id, account_id: accountId, created: false }
    }

    let available = Number(account.points_available)
    let pending = Number(account.points_pending)
    let debt = Number(account.points_debt)
    let entryDebt = 0
    let fromPending = 0
    const status = input.status ?? "available"
    const p = input.points

    switch (input.type) {
      case "earn":
      case "adjust":
        if (p > 0 && status === "pending") {
          pending += p
        } else if (p > 0) {
          // New points pay off debt from earlier over-reversals first.
          const repaid = Math.min(debt, p)
          debt -= repaid
          available += p - repaid
        } else if (available + p < 0) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `points: an adjustment of ${p} would leave ${available + p} available`
          )
        } else {
          available += p
        }
        break
      case "redeem":
        if (p > 0) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            "points: a redemption debits points"
          )
        }
        if (available + p < 0) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Insufficient points: ${available} available, ${-p} needed`
          )
        }
        available += p
        break
      case "expire":
        available -= Math.min(available, -p)
        break
      case "reverse": {
        // Points of the same source still pending go first: they were never
        // spendable. Then the available balance; what is left was already
        // spent and becomes debt, said so on the entry.
        let owed = -p
        if (input.source_type && input.source_id) {
          const pendingOfSource = await this.pendingOfSource_(
            manager,
            accountId,
            input.source_type,
            input.source_id
          )
          fromPending = Math.min(pendingOfSource, owed, pending)
          pending -= fromPending
          owed -= fromPending
        }
        const fromAvailable = Math.min(available, owed)
        available -= fromAvailable
        owed -= fromAvailable
        entryDebt = owed
        debt += owed
        break
      }
    }

    const entryId = generateEntityId(undefined, "lpe")
    await manager.execute(
      `INSERT INTO loyalty_points_entry
        (id, account_id, type, points, status, available_at, expires_at, debt,
         from_pending, source_type, source_id, idempotency_key, note, created_by,
         metadata, amount, raw_amount)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entryId,
        accountId,
        input.type,
        p,
        status,
        input.available_at ?? null,
        input.expires_at ?? null,
        entryDebt,
        fromPending,
        input.source_type ?? null,
        input.source_id ?? null,
        input.idempotency_key,
        input.note ?? null,
        input.created_by ?? null,
        input.metadata ? JSON.stringify(input.metadata) : null,
        input.amount ?? null,
        input.amount == null
          ? null
          : JSON.stringify({ value: String(input.amount), precision: 20 }),
      ]
    )
    await manager.execute(
      `UPDATE loyalty_account
       SET points_available = ?, points_pending = ?, points_debt = ?, updated_at = now()
       WHERE id = ?`,
      [available, pending, debt, accountId]
    )

    return { entry_id: entryId, account_id: accountId, created: true }
  }

  /**
   * Makes pending earned points available once their `available_at` has
   * passed (the return window is over), net of anything already reversed.
   * Returns how many entries were released.
   */
  @InjectTransactionManager()
  async releasePendingPoints(
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const manager = sharedContext.transactionManager as SqlManager
    const due = await manager.execute(
      `SELECT e.id, e.account_id, e.source_type, e.source_id, e.points
       FROM loyalty_points_entry e
       WHERE e.status = 'pending' AND e.available_at <= ?
       ORDER BY e.account_id
       FOR UPDATE SKIP LOCKED`,
      [now]
    )
    for (const entry of due) {
      const [account] = await manager.execute(
        `SELECT points_available, points_pending, points_debt
         FROM loyalty_account WHERE id = ? FOR UPDATE`,
        [entry.account_id]
      )
      const left = Math.min(
        await this.pendingOfSource_(
          manager,
          entry.account_id,
          entry.source_type,
          entry.source_id
        ),
        Number(entry.points),
        Number(account.points_pending)
      )
      const repaid = Math.min(Number(account.points_debt), left)
      await manager.execute(
        `UPDATE loyalty_points_entry SET status = 'available', updated_at = now() WHERE id = ?`,
        [entry.id]
      )
      await manager.execute(
        `UPDATE loyalty_account
         SET points_pending = points_pending - ?,
             points_available = points_available + ?,
             points_debt = points_debt - ?,
             updated_at = now()
         WHERE id = ?`,
        [left, left - repaid, repaid, entry.account_id]
      )
    }
    return due.length
  }

  /** Points of one source still pending: earned pending minus reversed. */
  protected async pendingOfSource_(
    manager: SqlManager,
    accountId: string,
    sourceType: string | null,
    sourceId: string | null
  ): Promise<number> {
    if (!sourceType || !sourceId) {
      return 0
    }
    const [row] = await manager.execute(
      `SELECT
         COALESCE(SUM(points) FILTER (WHERE type = 'earn' AND status = 'pending'), 0)
         - COALESCE(SUM(from_pending) FILTER (WHERE type = 'reverse'), 0) AS left
       FROM loyalty_points_entry
       WHERE account_id = ? AND source_type = ? AND source_id = ?`,
      [accountId, sourceType, sourceId]
    )
    return Math.max(0, Number(row.left))
  }

  /**
   * Expires points whose `expires_at` has passed. Spending is taken as
   * oldest-first, so what expires is what was earned by then minus what has
   * been used since (redeemed, expired, reversed or adjusted away), never more
   * than is available. One expire entry per account and day (idempotent).
   * Returns the entries written.
   */
  @InjectTransactionManager()
  async expirePoints(
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ customer_id: string; points: number }[]> {
    const manager = sharedContext.transactionManager as SqlManager
    const rows = await manager.execute(
      `SELECT a.customer_id,
              LEAST(a.points_available,
                    COALESCE(SUM(e.points) FILTER (WHERE e.type IN ('earn', 'adjust') AND e.points > 0 AND e.status = 'available' AND e.expires_at <= ?), 0)
                    + COALESCE(SUM(e.points + e.from_pending + e.debt) FILTER (WHERE e.points < 0), 0)
              ) AS to_expire
       FROM loyalty_account a
       JOIN loyalty_points_entry e ON e.account_id = a.id
       WHERE a.deleted_at IS NULL AND a.points_available > 0
       GROUP BY a.id
       HAVING COUNT(*) FILTER (WHERE e.type IN ('earn', 'adjust') AND e.expires_at <= ?) > 0`,
      [now, now]
    )
    const day = now.toISOString().slice(0, 10)
    const expired: { customer_id: string; points: number }[] = []
    for (const row of rows) {
      const points = Math.floor(Number(row.to_expire))
      if (points <= 0) {
        continue
      }
      const result = await this.recordPoints(
        {
          customer_id: row.customer_id,
          type: "expire",
          points: -points,
          idempotency_key: `expire:${row.customer_id}:${day}`,
          note: "Points expired",
        },
        sharedContext
      )
      if (result.created) {
        expired.push({ customer_id: row.customer_id, points })
      }
    }
    return expired
  }

  /**
   * Re-evaluates tiers in bulk: one aggregate over the ledger computes every
   * account's standing against every tier (each tier's own qualifying
   * period), `decideTier` applies lock and downgrade grace, and the result is
   * written back in one statement. `accountIds` limits it to some accounts;
   * omitted, everybody is evaluated (the nightly job).
   */
  @InjectTransactionManager()
  async evaluateTiers(
    input: {
      account_ids?: string[]
      customer_ids?: string[]
      now: Date
      changed_by: string
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TierChangeResult[]> {
    const manager = sharedContext.transactionManager as SqlManager
    const { downgrade_grace_days } = this.settings_
    const scopeIds = input.account_ids
      ? JSON.stringify(input.account_ids)
      : null
    const scopeCustomers = input.customer_ids
      ? JSON.stringify(input.customer_ids)
      : null

    const rows = await manager.execute(
      `WITH scope AS (
         SELECT a.id, a.customer_id, a.tier_id, a.tier_locked,
                a.tier_lock_expires_at, a.below_tier_since, ct.rank AS current_rank
         FROM loyalty_account a
         LEFT JOIN loyalty_tier ct ON ct.id = a.tier_id AND ct.deleted_at IS NULL
         WHERE a.deleted_at IS NULL
           AND (?::jsonb IS NULL OR a.id IN (SELECT jsonb_array_elements_text(?::jsonb)))
           AND (?::jsonb IS NULL OR a.customer_id IN (SELECT jsonb_array_elements_text(?::jsonb)))
         FOR UPDATE OF a
       ),
       tiers AS (
         SELECT id, rank, min_lifetime_spend, min_orders, min_points, period_days
         FROM loyalty_tier WHERE deleted_at IS NULL
       ),
       standing AS (
         SELECT e.account_id, t.id AS tier_id,
                COALESCE(SUM(e.amount), 0) AS spend,
                COUNT(*) FILTER (WHERE e.type = 'earn')
                  - COUNT(*) FILTER (WHERE e.type = 'reverse' AND e.metadata->>'canceled' = 'true') AS orders,
                COALESCE(SUM(e.points), 0) AS points
         FROM loyalty_points_entry e
         JOIN scope s ON s.id = e.account_id
         JOIN tiers t ON t.period_days IS NULL
                      OR e.created_at >= ?::timestamptz - make_interval(days => t.period_days)
         WHERE e.type IN ('earn', 'reverse')
         GROUP BY e.account_id, t.id
       ),
       lifetime AS (
         SELECT e.account_id,
                COALESCE(SUM(e.amount), 0) AS spend,
                COUNT(*) FILTER (WHERE e.type = 'earn')
                  - COUNT(*) FILTER (WHERE e.type = 'reverse' AND e.metadata->>'canceled' = 'true') AS orders
         FROM loyalty_points_entry e
         JOIN scope s ON s.id = e.account_id
         WHERE e.type IN ('earn', 'reverse')
         GROUP BY e.account_id
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
              tg.tier_id AS target_tier_id, tg.rank AS target_rank,
              COALESCE(l.spend, 0) AS spend, COALESCE(l.orders, 0) AS orders
       FROM scope s
       LEFT JOIN target tg ON tg.account_id = s.id
       LEFT JOIN lifetime l ON l.account_id = s.id`,
      [scopeIds, scopeIds, scopeCustomers, scopeCustomers, input.now]
    )

    const updates: Record<string, unknown>[] = []
    const changes: TierChangeResult[] = []
    for (const row of rows) {
      const decision = decideTier({
        current: row.tier_id
          ? { id: row.tier_id, rank: row.current_rank }
          : null,
        target: row.target_tier_id
          ? { id: row.target_tier_id, rank: row.target_rank }
          : null,
        locked: row.tier_locked,
        lock_expires_at: row.tier_lock_expires_at,
        below_tier_since: row.below_tier_since,
        now: input.now,
        grace_days: downgrade_grace_days,
      })
      updates.push({
        id: row.id,
        tier_id: decision.tier_id,
        below: decision.below_tier_since,
        locked: decision.locked,
        spend: Number(row.spend),
        orders: Number(row.orders),
      })
      if (decision.change) {
        changes.push({
          id: generateEntityId(undefined, "ltch"),
          account_id: row.id,
          customer_id: row.customer_id,
          from_tier_id: row.tier_id,
          to_tier_id: decision.tier_id,
          from_below_tier_since: row.below_tier_since,
          reason: decision.change,
        })
      }
    }

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
  @InjectTransactionManager()
  async revertTierChanges(
    changes: TierChangeResult[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!changes.length) {
      return
    }
    const manager = sharedContext.transactionManager as SqlManager
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

  /** Read helper: the account of a customer, if any. */
  @InjectManager()
  async retrieveAccountByCustomer(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [account] = await this.listLoyaltyAccounts(
      { customer_id: customerId },
      { relations: ["tier"], take: 1 },
      sharedContext
    )
    return account ?? null
  }
}

export default LoyaltyProgramModuleService
