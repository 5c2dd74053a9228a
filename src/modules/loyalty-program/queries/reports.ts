import type { SqlManager } from "../../../utils/sql"
import { pointsByPeriod } from "./report-rollup"
import type { LoyaltyPointsReport, LoyaltyReconciliation } from "../types"

/**
 * Ledger figures for the reports: points by entry type per period
 * (`date_trunc` of `period`), members per tier, and who redeemed.
 */
export const reportPoints = async (
  manager: SqlManager,
  input: { from: Date; to: Date; period: "day" | "week" | "month" }
): Promise<LoyaltyPointsReport> => {
  // Periods are UTC: the rollup's days are (see report-rollup.ts).
  const byPeriod = await pointsByPeriod(manager, input)
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
  }
}

/**
 * Recomputes every account's balances from its ledger and lists those
 * whose stored balances disagree. Every write keeps
 * available + pending - debt equal to the sum of the ledger, and pending
 * equal to what is still pending per source (earned pending minus
 * reversed from pending), so both are checked.
 */
export const reconcileBalances = async (
  manager: SqlManager
): Promise<LoyaltyReconciliation> => {
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
    accuracy: rows.length ? (rows.length - mismatches.length) / rows.length : 1,
    mismatches: mismatches.slice(0, 100),
  }
}
