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
import type {
  LoyaltyProgramOptions,
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
         metadata)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
