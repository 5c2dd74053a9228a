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
  SetTierLockInput,
  TierLockState,
  LoyaltyPointsReport,
  LoyaltyReconciliation,
} from "./types"

/** Largest value of the Postgres `integer` balance and points columns. */
const INT32_MAX = 2_147_483_647

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
      downgrade_grace_days: options?.loyalty?.downgrade_grace_days ?? 30,
      points_expire_days: options?.loyalty?.points_expire_days ?? 365,
      points_expiring_notice_days:
        options?.loyalty?.points_expiring_notice_days ?? 14,
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
      `SELECT id FROM loyalty_points_entry WHERE idempotency_key = ? AND deleted_at IS NULL`,
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

    // Balances are Postgres integers: refuse, rather than let the UPDATE
    // fail with a 500, an entry that would take one past 2147483647.
    if (
      Math.abs(p) > INT32_MAX ||
      [available, pending, debt].some((balance) => balance > INT32_MAX)
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `points: ${p} would take the balance past ${INT32_MAX} points`
      )
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
   * passed (the return window, counted from delivery, is over), net of
   * anything already reversed. Points not dated yet (not delivered) wait.
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
       WHERE e.status = 'pending' AND e.available_at <= ? AND e.deleted_at IS NULL
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
       WHERE account_id = ? AND source_type = ? AND source_id = ?
         AND deleted_at IS NULL`,
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
    const rows = await this.pointsDueToExpire_(manager, now, null)
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
   * Per account, the points that will have expired by `by` if nothing more
   * is spent: earned by then minus everything used since (oldest-first),
   * never more than is available. `after` restricts it to accounts with an
   * entry expiring in (after, by], so a daily notice fires once per date.
   */
  protected async pointsDueToExpire_(
    manager: SqlManager,
    by: Date,
    after: Date | null
  ): Promise<{ customer_id: string; to_expire: string }[]> {
    return await manager.execute(
      `SELECT a.customer_id,
              LEAST(a.points_available,
                    COALESCE(SUM(e.points) FILTER (WHERE e.type IN ('earn', 'adjust') AND e.points > 0 AND e.status = 'available' AND e.expires_at <= ?), 0)
                    + COALESCE(SUM(e.points + e.from_pending + e.debt) FILTER (WHERE e.points < 0), 0)
              ) AS to_expire
       FROM loyalty_account a
       JOIN loyalty_points_entry e ON e.account_id = a.id AND e.deleted_at IS NULL
       WHERE a.deleted_at IS NULL AND a.points_available > 0
       GROUP BY a.id
       HAVING COUNT(*) FILTER (
         WHERE e.type IN ('earn', 'adjust') AND e.expires_at <= ?
           AND (?::timestamptz IS NULL OR e.expires_at > ?)
       ) > 0`,
      [by, by, after, after]
    )
  }

  /**
   * Customers with points expiring `days` from now (entries expiring within
   * that one day), and how many points they stand to lose by then; for the
   * `loyalty.points_expiring` notice, which the nightly job sends once.
   */
  @InjectManager()
  async listPointsExpiring(
    now: Date,
    days: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ customer_id: string; points: number; expires_at: Date }[]> {
    const manager = sharedContext.manager as SqlManager
    const by = new Date(now.getTime() + days * 86_400_000)
    const after = new Date(by.getTime() - 86_400_000)
    const rows = await this.pointsDueToExpire_(manager, by, after)
    return rows
      .map((row) => ({
        customer_id: row.customer_id,
        points: Math.floor(Number(row.to_expire)),
        expires_at: by,
      }))
      .filter((row) => row.points > 0)
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

  /**
   * Takes one unit of a reward's stock, atomically, so two customers cannot
   * both take the last one. Unlimited rewards (null stock) are not touched.
   * Returns whether a unit was taken (for compensation).
   */
  @InjectTransactionManager()
  async reserveRewardStock(
    rewardId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlManager
    const taken = await manager.execute(
      `UPDATE loyalty_reward SET stock = stock - 1, updated_at = now()
       WHERE id = ? AND stock IS NOT NULL AND stock > 0 AND deleted_at IS NULL
       RETURNING id`,
      [rewardId]
    )
    if (taken.length) {
      return true
    }
    const [reward] = await manager.execute(
      `SELECT stock FROM loyalty_reward WHERE id = ? AND deleted_at IS NULL`,
      [rewardId]
    )
    if (reward && reward.stock !== null) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `reward_id: reward ${rewardId} is out of stock`
      )
    }
    return false
  }

  /** Gives back a unit taken by `reserveRewardStock`. */
  @InjectTransactionManager()
  async releaseRewardStock(
    rewardId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(
      `UPDATE loyalty_reward SET stock = stock + 1, updated_at = now() WHERE id = ? AND stock IS NOT NULL`,
      [rewardId]
    )
  }

  /**
   * Locks a customer on a tier (or lifts the lock when `tier_id` is
   * undefined and `locked` is false). A lock that changes the tier is
   * audited like any other tier change. Returns the account's previous lock
   * state, for compensation, and the change, if any.
   */
  @InjectTransactionManager()
  async setTierLock(
    input: SetTierLockInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: TierLockState; change: TierChangeResult | null }> {
    const manager = sharedContext.transactionManager as SqlManager
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
    const { id: accountId } = await this.ensureAccount(
      input.customer_id,
      sharedContext
    )
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

  /** Puts back a lock state saved by `setTierLock` (compensation). */
  @InjectTransactionManager()
  async restoreTierLock(
    state: TierLockState,
    change: TierChangeResult | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as SqlManager
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

  /**
   * Ledger figures for the reports: points by entry type per period
   * (`date_trunc` of `period`), members per tier, and who redeemed.
   */
  @InjectManager()
  async reportPoints(
    input: { from: Date; to: Date; period: "day" | "week" | "month" },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyPointsReport> {
    const manager = sharedContext.manager as SqlManager
    const byPeriod = await manager.execute(
      `SELECT to_char(date_trunc(?, e.created_at), 'YYYY-MM-DD') AS period_start,
              COALESCE(SUM(e.points) FILTER (WHERE e.type = 'earn'), 0) AS earned,
              COALESCE(-SUM(e.points) FILTER (WHERE e.type = 'redeem'), 0) AS redeemed,
              COALESCE(-SUM(e.points) FILTER (WHERE e.type = 'reverse'), 0) AS reversed,
              COALESCE(-SUM(e.points) FILTER (WHERE e.type = 'expire'), 0) AS expired,
              COALESCE(SUM(e.points) FILTER (WHERE e.type = 'adjust'), 0) AS adjusted
       FROM loyalty_points_entry e
       WHERE e.created_at >= ? AND e.created_at < ? AND e.deleted_at IS NULL
       GROUP BY 1 ORDER BY 1`,
      [input.period, input.from, input.to]
    )
    const perTier = await manager.execute(
      `SELECT t.id AS tier_id, t.name AS tier_name, t.rank, COUNT(a.id) AS members
       FROM loyalty_tier t
       LEFT JOIN loyalty_account a ON a.tier_id = t.id AND a.deleted_at IS NULL
       WHERE t.deleted_at IS NULL
       GROUP BY t.id ORDER BY t.rank`
    )
    const [redemption] = await manager.execute(
      `SELECT
         (SELECT COUNT(*) FROM loyalty_account WHERE deleted_at IS NULL) AS members,
         COUNT(DISTINCT r.account_id) AS members_redeeming,
         COUNT(r.id) AS redemptions
       FROM loyalty_redemption r
       WHERE r.created_at >= ? AND r.created_at < ? AND r.deleted_at IS NULL`,
      [input.from, input.to]
    )
    const accounts = await manager.execute(
      `SELECT customer_id, tier_id IS NOT NULL AS has_tier
       FROM loyalty_account WHERE deleted_at IS NULL`
    )

    const num = (v: unknown) => Number(v ?? 0)
    return {
      points_by_period: byPeriod.map((r) => ({
        period_start: r.period_start,
        earned: num(r.earned),
        redeemed: num(r.redeemed),
        reversed: num(r.reversed),
        expired: num(r.expired),
        adjusted: num(r.adjusted),
      })),
      members_per_tier: perTier.map((r) => ({
        tier_id: r.tier_id,
        tier_name: r.tier_name,
        rank: num(r.rank),
        members: num(r.members),
      })),
      redemption: {
        members: num(redemption.members),
        members_redeeming: num(redemption.members_redeeming),
        redemptions: num(redemption.redemptions),
      },
      tiered_customer_ids: accounts
        .filter((a) => a.has_tier)
        .map((a) => a.customer_id),
    }
  }

  /**
   * Recomputes every account's balances from its ledger and lists those
   * whose stored balances disagree. Every write keeps
   * available + pending - debt equal to the sum of the ledger, and pending
   * equal to what is still pending per source (earned pending minus
   * reversed from pending), so both are checked.
   */
  @InjectManager()
  async reconcileBalances(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyReconciliation> {
    const manager = sharedContext.manager as SqlManager
    const rows = await manager.execute(
      `WITH per_source AS (
         SELECT account_id,
                GREATEST(0,
                  COALESCE(SUM(points) FILTER (WHERE type = 'earn' AND status = 'pending'), 0)
                  - COALESCE(SUM(from_pending) FILTER (WHERE type = 'reverse'), 0)) AS pending
         FROM loyalty_points_entry
         WHERE deleted_at IS NULL
         GROUP BY account_id, source_type, source_id
       ), ledger AS (
         SELECT e.account_id, SUM(e.points) AS net
         FROM loyalty_points_entry e WHERE e.deleted_at IS NULL
         GROUP BY e.account_id
       ), pending AS (
         SELECT account_id, SUM(pending) AS pending FROM per_source GROUP BY account_id
       )
       SELECT a.id AS account_id, a.customer_id,
              a.points_available, a.points_pending, a.points_debt,
              COALESCE(l.net, 0) AS net, COALESCE(p.pending, 0) AS ledger_pending
       FROM loyalty_account a
       LEFT JOIN ledger l ON l.account_id = a.id
       LEFT JOIN pending p ON p.account_id = a.id
       WHERE a.deleted_at IS NULL`
    )
    const mismatches: LoyaltyReconciliation["mismatches"] = []
    for (const r of rows) {
      const ledgerPending = Number(r.ledger_pending)
      const ledgerAvailable =
        Number(r.net) - ledgerPending + Number(r.points_debt)
      if (
        ledgerPending !== Number(r.points_pending) ||
        ledgerAvailable !== Number(r.points_available)
      ) {
        mismatches.push({
          account_id: r.account_id,
          customer_id: r.customer_id,
          stored_available: Number(r.points_available),
          ledger_available: ledgerAvailable,
          stored_pending: Number(r.points_pending),
          ledger_pending: ledgerPending,
        })
      }
    }
    return {
      accounts_checked: rows.length,
      mismatched: mismatches.length,
      accuracy: rows.length
        ? (rows.length - mismatches.length) / rows.length
        : 1,
      mismatches: mismatches.slice(0, 100),
    }
  }

  /** Which of these orders have earned points (an earn entry). */
  @InjectManager()
  async listOrdersWithPoints(
    orderIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!orderIds.length) {
      return []
    }
    const manager = sharedContext.manager as SqlManager
    const rows = await manager.execute(
      `SELECT DISTINCT source_id FROM loyalty_points_entry
       WHERE type = 'earn' AND source_type = 'order'
         AND source_id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(orderIds)]
    )
    return rows.map((r) => r.source_id)
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
