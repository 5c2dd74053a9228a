import type { LoyaltyCsvFormat } from "../../modules/loyalty-program/utils/import-formats"
import type {
  LoyaltyLedgerExportRow,
  LoyaltyMemberExportRow,
} from "../../modules/loyalty-program/queries/exports"
import type { ReportCsvRow } from "./csv"

/** The customer fields an export row shows, read through Query. */
export type ExportCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

type MemberLayout = {
  keys: string[]
  row: (
    m: LoyaltyMemberExportRow,
    c: ExportCustomer | undefined
  ) => ReportCsvRow
}

type LedgerLayout = {
  keys: string[]
  row: (
    e: LoyaltyLedgerExportRow,
    c: ExportCustomer | undefined
  ) => ReportCsvRow
}

const day = (d: Date) => new Date(d).toISOString().slice(0, 10)

/**
 * Members in each system's customer-export columns: the same columns the
 * import reads for that system, so an export is read back as that format
 * (and carries the columns those systems' own imports take: email and
 * balance, tier).
 */
export const MEMBER_LAYOUTS: Record<LoyaltyCsvFormat, MemberLayout> = {
  plain: {
    keys: ["email", "points", "tier", "external_id"],
    row: (m, c) => ({
      email: c?.email ?? "",
      points: m.points_available,
      tier: m.tier_name ?? "",
      external_id: m.customer_id,
    }),
  },
  smile: {
    keys: [
      "Customer ID",
      "First Name",
      "Last Name",
      "Email",
      "Points Balance",
      "VIP Tier",
      "Member Status",
      "Date Joined",
    ],
    row: (m, c) => ({
      "Customer ID": m.customer_id,
      "First Name": c?.first_name ?? "",
      "Last Name": c?.last_name ?? "",
      Email: c?.email ?? "",
      "Points Balance": m.points_available,
      "VIP Tier": m.tier_name ?? "",
      "Member Status": "member",
      "Date Joined": day(m.created_at),
    }),
  },
  loyaltylion: {
    keys: [
      "merchant_id",
      "email",
      "first_name",
      "last_name",
      "points_approved",
      "points_pending",
      "points_spent",
      "tier",
      "enrolled",
      "created_at",
    ],
    row: (m, c) => ({
      merchant_id: m.customer_id,
      email: c?.email ?? "",
      first_name: c?.first_name ?? "",
      last_name: c?.last_name ?? "",
      points_approved: m.points_available,
      points_pending: m.points_pending,
      points_spent: m.points_spent,
      tier: m.tier_name ?? "",
      enrolled: "true",
      created_at: new Date(m.created_at).toISOString(),
    }),
  },
  yotpo: {
    keys: [
      "Email",
      "First Name",
      "Last Name",
      "Points Balance",
      "Points Spent",
      "VIP Tier",
      "Opted In",
      "Customer ID",
    ],
    row: (m, c) => ({
      Email: c?.email ?? "",
      "First Name": c?.first_name ?? "",
      "Last Name": c?.last_name ?? "",
      "Points Balance": m.points_available,
      "Points Spent": m.points_spent,
      "VIP Tier": m.tier_name ?? "",
      "Opted In": "true",
      "Customer ID": m.customer_id,
    }),
  },
}

/** Ledger entries in each system's points-history naming. */
export const LEDGER_LAYOUTS: Record<LoyaltyCsvFormat, LedgerLayout> = {
  plain: {
    keys: [
      "created_at",
      "email",
      "type",
      "points",
      "status",
      "note",
      "source_type",
      "source_id",
      "entry_id",
    ],
    row: (e, c) => ({
      created_at: new Date(e.created_at).toISOString(),
      email: c?.email ?? "",
      type: e.type,
      points: e.points,
      status: e.status,
      note: e.note ?? "",
      source_type: e.source_type ?? "",
      source_id: e.source_id ?? "",
      entry_id: e.id,
    }),
  },
  smile: {
    keys: ["Date", "Email", "Points Change", "Type", "Description"],
    row: (e, c) => ({
      Date: day(e.created_at),
      Email: c?.email ?? "",
      "Points Change": e.points,
      Type: e.type,
      Description: e.note ?? "",
    }),
  },
  loyaltylion: {
    keys: ["created_at", "email", "points", "state", "type", "reason"],
    row: (e, c) => ({
      created_at: new Date(e.created_at).toISOString(),
      email: c?.email ?? "",
      points: e.points,
      state: e.status === "pending" ? "pending" : "approved",
      type: e.type,
      reason: e.note ?? "",
    }),
  },
  yotpo: {
    keys: ["Date", "Email", "Points", "Action", "Status", "Note"],
    row: (e, c) => ({
      Date: day(e.created_at),
      Email: c?.email ?? "",
      Points: e.points,
      Action: e.type,
      Status: e.status,
      Note: e.note ?? "",
    }),
  },
}
