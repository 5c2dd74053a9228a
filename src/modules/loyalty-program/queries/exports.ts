import type { SqlManager } from "../../../utils/sql"

/** One member as the export writes it (names and email come from Query). */
export type LoyaltyMemberExportRow = {
  account_id: string
  customer_id: string
  tier_name: string | null
  points_available: number
  points_pending: number
  /** Points redeemed, net of redemptions given back. */
  points_spent: number
  created_at: Date
}

/** One ledger entry as the export writes it. */
export type LoyaltyLedgerExportRow = {
  id: string
  customer_id: string
  type: string
  points: number
  status: string
  note: string | null
  source_type: string | null
  source_id: string | null
  created_at: Date
}

/**
 * A page of members after the account id `after` (keyset, so a large
 * export reads each page with an index scan, never an ever-growing offset).
 */
export const exportMembersPage = async (
  manager: SqlManager,
  input: { after: string | null; limit: number }
): Promise<LoyaltyMemberExportRow[]> => {
  const rows = await manager.execute(
    `SELECT a.id AS account_id, a.customer_id, t.name AS tier_name,
            a.points_available, a.points_pending, a.created_at,
            COALESCE((
              SELECT -SUM(e.points) FROM loyalty_points_entry e
              WHERE e.account_id = a.id AND e.type = 'redeem' AND e.deleted_at IS NULL
            ), 0) AS points_spent
     FROM loyalty_account a
     LEFT JOIN loyalty_tier t ON t.id = a.tier_id AND t.deleted_at IS NULL
     WHERE a.deleted_at IS NULL AND (?::text IS NULL OR a.id > ?)
     ORDER BY a.id
     LIMIT ?`,
    [input.after, input.after, input.limit]
  )
  return rows.map((r) => ({
    ...r,
    points_available: Number(r.points_available),
    points_pending: Number(r.points_pending),
    points_spent: Number(r.points_spent),
  }))
}

/** A page of ledger entries after the entry id `after`, oldest first. */
export const exportLedgerPage = async (
  manager: SqlManager,
  input: { after: string | null; limit: number }
): Promise<LoyaltyLedgerExportRow[]> => {
  const rows = await manager.execute(
    `SELECT e.id, a.customer_id, e.type, e.points, e.status, e.note,
            e.source_type, e.source_id, e.created_at
     FROM loyalty_points_entry e
     JOIN loyalty_account a ON a.id = e.account_id
     WHERE e.deleted_at IS NULL AND (?::text IS NULL OR e.id > ?)
     ORDER BY e.id
     LIMIT ?`,
    [input.after, input.after, input.limit]
  )
  return rows.map((r) => ({ ...r, points: Number(r.points) }))
}
