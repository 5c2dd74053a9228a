import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import LoyaltyAccount from "./models/loyalty-account"
import PointsEntry from "./models/points-entry"
import Redemption from "./models/redemption"
import Reward from "./models/reward"
import Tier from "./models/tier"
import TierChange from "./models/tier-change"
import LoyaltyImport from "./models/loyalty-import"
import BalanceCheck from "./models/balance-check"
import OrderFact from "./models/order-fact"
import { sqlManagerOf } from "../../utils/sql"
import {
  ensureAccount,
  expirePoints,
  listPointsExpiring,
  recordPoints,
  releasePendingPoints,
} from "./ledger"
import { reconcileBalances, reportPoints } from "./queries/reports"
import { refreshPointsRollup } from "./queries/report-rollup"
import {
  orderCohorts,
  restoreOrderFact,
  syncOrderFact,
} from "./queries/order-facts"
import { releaseRewardStock, reserveRewardStock } from "./rewards"
import { applyImportBatch, previewImportBatch, revertImport } from "./imports"
import {
  exportLedgerPage,
  exportMembersPage,
  type LoyaltyLedgerExportRow,
  type LoyaltyMemberExportRow,
} from "./queries/exports"
import {
  evaluateTiers,
  restoreTierLock,
  revertTierChanges,
  setTierLock,
} from "./tiers"
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
  ApplyLoyaltyImportBatchInput,
  LoyaltyImportBatchInput,
  LoyaltyImportSummary,
  LoyaltyBalanceCheckResult,
  LoyaltyOrderCohorts,
  LoyaltyOrderFactInput,
  LoyaltyOrderFactState,
} from "./types"

/**
 * Loyalty program module service: tiers, accounts, the points ledger and
 * rewards. Generated CRUD comes from `MedusaService`; methods added here are
 * the rules that need the database (ledger maths under a row lock).
 *
 * A write carries `@InjectManager()` over `@InjectTransactionManager()`, as
 * Medusa's own link and sales channel modules do: it joins the caller's
 * transaction, or runs in one of its own.
 */
class LoyaltyProgramModuleService extends MedusaService({
  LoyaltyTier: Tier,
  LoyaltyAccount,
  LoyaltyPointsEntry: PointsEntry,
  LoyaltyReward: Reward,
  LoyaltyRedemption: Redemption,
  LoyaltyTierChange: TierChange,
  LoyaltyImport,
  LoyaltyBalanceCheck: BalanceCheck,
  LoyaltyOrderFact: OrderFact,
}) {
  protected readonly settings_: LoyaltyProgramSettings

  constructor(
    container: Record<string, unknown>,
    options?: LoyaltyProgramOptions
  ) {
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
  @InjectManager()
  @InjectTransactionManager()
  async ensureAccount(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string }> {
    return await ensureAccount(sqlManagerOf(sharedContext), customerId)
  }

  /**
   * Writes one ledger entry and moves the account's balances, under a row
   * lock on the account so concurrent writes (two redemptions, an accrual and
   * a reversal) serialize instead of both reading the same balance. A second
   * call with the same idempotency key returns the first entry and changes
   * nothing.
   */
  @InjectManager()
  @InjectTransactionManager()
  async recordPoints(
    input: RecordPointsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordPointsResult> {
    return await recordPoints(sqlManagerOf(sharedContext), input)
  }

  /**
   * Makes pending earned points available once their `available_at` has
   * passed (the return window, counted from delivery, is over), net of
   * anything already reversed. Points not dated yet (not delivered) wait.
   * Returns how many entries were released.
   */
  @InjectManager()
  @InjectTransactionManager()
  async releasePendingPoints(
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    return await releasePendingPoints(sqlManagerOf(sharedContext), now)
  }

  /**
   * Expires points whose `expires_at` has passed. Spending is taken as
   * oldest-first, so what expires is what was earned by then minus what has
   * been used since (redeemed, expired, reversed or adjusted away), never more
   * than is available. One expire entry per account and day (idempotent).
   * Returns the entries written.
   */
  @InjectManager()
  @InjectTransactionManager()
  async expirePoints(
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ customer_id: string; points: number }[]> {
    return await expirePoints(sqlManagerOf(sharedContext), now)
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
    return await listPointsExpiring(sqlManagerOf(sharedContext), now, days)
  }

  /**
   * Re-evaluates tiers in bulk: one aggregate over the ledger computes every
   * account's standing against every tier (each tier's own qualifying
   * period), `decideTier` applies lock and downgrade grace, and the result is
   * written back in one statement. `accountIds` limits it to some accounts;
   * omitted, everybody is evaluated (the nightly job).
   */
  @InjectManager()
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
    return await evaluateTiers(
      sqlManagerOf(sharedContext),
      input,
      this.settings_
    )
  }

  /**
   * Undoes tier changes written by `evaluateTiers` (workflow compensation):
   * puts the previous tier back and deletes the audit rows it added.
   */
  @InjectManager()
  @InjectTransactionManager()
  async revertTierChanges(
    changes: TierChangeResult[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await revertTierChanges(sqlManagerOf(sharedContext), changes)
  }

  /**
   * Takes one unit of a reward's stock, atomically, so two customers cannot
   * both take the last one. Unlimited rewards (null stock) are not touched.
   * Returns whether a unit was taken (for compensation).
   */
  @InjectManager()
  @InjectTransactionManager()
  async reserveRewardStock(
    rewardId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return await reserveRewardStock(sqlManagerOf(sharedContext), rewardId)
  }

  /** Gives back a unit taken by `reserveRewardStock`. */
  @InjectManager()
  @InjectTransactionManager()
  async releaseRewardStock(
    rewardId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await releaseRewardStock(sqlManagerOf(sharedContext), rewardId)
  }

  /**
   * Locks a customer on a tier (or lifts the lock when `tier_id` is
   * undefined and `locked` is false). A lock that changes the tier is
   * audited like any other tier change. Returns the account's previous lock
   * state, for compensation, and the change, if any.
   */
  @InjectManager()
  @InjectTransactionManager()
  async setTierLock(
    input: SetTierLockInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: TierLockState; change: TierChangeResult | null }> {
    return await setTierLock(sqlManagerOf(sharedContext), input)
  }

  /** Puts back a lock state saved by `setTierLock` (compensation). */
  @InjectManager()
  @InjectTransactionManager()
  async restoreTierLock(
    state: TierLockState,
    change: TierChangeResult | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await restoreTierLock(sqlManagerOf(sharedContext), state, change)
  }

  /**
   * Writes or updates a customer order's fact for the program report, its
   * points re-read from the ledger (queries/order-facts.ts); returns the
   * row as it was before, null when new.
   */
  @InjectManager()
  @InjectTransactionManager()
  async syncOrderFact(
    input: LoyaltyOrderFactInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyOrderFactState | null> {
    return await syncOrderFact(sqlManagerOf(sharedContext), input)
  }

  /** Undoes `syncOrderFact`: the row as it was, or none. */
  @InjectManager()
  @InjectTransactionManager()
  async restoreOrderFact(
    orderId: string,
    previous: LoyaltyOrderFactState | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await restoreOrderFact(
      sqlManagerOf(sharedContext),
      orderId,
      previous
    )
  }

  /** Repeat purchase and orders without points of a period, from the order facts. */
  @InjectManager()
  async reportOrderCohorts(
    input: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyOrderCohorts> {
    return await orderCohorts(sqlManagerOf(sharedContext), input)
  }

  /** Points per period and type, members per tier, redemptions (queries/reports.ts). */
  @InjectManager()
  async reportPoints(
    input: { from: Date; to: Date; period: "day" | "week" | "month" },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyPointsReport> {
    return await reportPoints(sqlManagerOf(sharedContext), input)
  }

  /** Rolls up the ledger days written since the last refresh (queries/report-rollup.ts). */
  @InjectManager()
  @InjectTransactionManager()
  async refreshReportRollup(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ days: number }> {
    return await refreshPointsRollup(sqlManagerOf(sharedContext))
  }

  /** The accounts whose balances disagree with the ledger (queries/reports.ts). */
  @InjectManager()
  async reconcileBalances(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyReconciliation> {
    return await reconcileBalances(sqlManagerOf(sharedContext))
  }

  /** Reconciles and stores the result as the latest check (by "nightly" or a user). */
  @InjectManager()
  @InjectTransactionManager()
  async checkBalances(
    checkedBy: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyBalanceCheckResult & { id: string }> {
    const result = await reconcileBalances(sqlManagerOf(sharedContext))
    const check = await this.createLoyaltyBalanceChecks(
      { ...result, checked_by: checkedBy },
      sharedContext
    )
    // created_at is the database's default: read back, not on `check`.
    const { id, created_at } = await this.retrieveLoyaltyBalanceCheck(
      check.id,
      {},
      sharedContext
    )
    return { ...result, id, checked_at: created_at, checked_by: checkedBy }
  }

  /** The latest stored balance check, or null before the first one. */
  @InjectManager()
  async latestBalanceCheck(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyBalanceCheckResult | null> {
    const [check] = await this.listLoyaltyBalanceChecks(
      {},
      { order: { created_at: "DESC" }, take: 1 },
      sharedContext
    )
    if (!check) {
      return null
    }
    const { accounts_checked, mismatched, accuracy, mismatches } = check
    const result = { accounts_checked, mismatched, accuracy, mismatches }
    return {
      ...result,
      checked_at: check.created_at,
      checked_by: check.checked_by,
    }
  }

  /** What importing a batch of matched rows would do: the dry run. */
  @InjectManager()
  async previewImportBatch(
    input: LoyaltyImportBatchInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyImportSummary> {
    return await previewImportBatch(sqlManagerOf(sharedContext), input)
  }

  /**
   * Imports a batch of matched rows in bulk, in one transaction with the
   * import's progress: accounts, one `adjust` entry per member whose
   * balance from the source changed, imported tiers. Returns the batch's
   * summary.
   */
  @InjectManager()
  @InjectTransactionManager()
  async applyImportBatch(
    input: ApplyLoyaltyImportBatchInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyImportSummary> {
    return await applyImportBatch(
      sqlManagerOf(sharedContext),
      input,
      this.settings_
    )
  }

  /** Undoes an import's entries and tiers (workflow compensation). */
  @InjectManager()
  @InjectTransactionManager()
  async revertImport(
    importId: string,
    source: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    return await revertImport(sqlManagerOf(sharedContext), importId, source)
  }

  /** A page of members for the CSV export, after account id `after`. */
  @InjectManager()
  async exportMembersPage(
    input: { after: string | null; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyMemberExportRow[]> {
    return await exportMembersPage(sqlManagerOf(sharedContext), input)
  }

  /** A page of ledger entries for the CSV export, after entry id `after`. */
  @InjectManager()
  async exportLedgerPage(
    input: { after: string | null; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyLedgerExportRow[]> {
    return await exportLedgerPage(sqlManagerOf(sharedContext), input)
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
