import { queryKeysFactory } from "../../lib/query-client"
import { useReport } from "./reports"

export type LoyaltyReportPeriod = "day" | "week" | "month"

export type LoyaltyReportQuery = {
  from: string
  to: string
  period: LoyaltyReportPeriod
}

export type LoyaltyPointTotals = {
  earned: number
  redeemed: number
  reversed: number
  expired: number
  adjusted: number
}

export type LoyaltyRepeatPurchase = {
  customers: number
  repeat: number
  rate: number
}

export type LoyaltyReconciliationMismatch = {
  account_id: string
  customer_id: string
  stored_available: number
  ledger_available: number
  stored_pending: number
  ledger_pending: number
}

export type LoyaltyReport = {
  from: string
  to: string
  period: LoyaltyReportPeriod
  members_per_tier: {
    tier_id: string | null
    tier_name: string | null
    rank: number | null
    members: number
  }[]
  points_by_period: (LoyaltyPointTotals & { period_start: string })[]
  totals: LoyaltyPointTotals
  redemption: {
    members: number
    members_redeeming: number
    redemptions: number
    rate: number
  }
  repeat_purchase: {
    members: LoyaltyRepeatPurchase
    non_members: LoyaltyRepeatPurchase
  }
  /** Orders of the range that earned points; absent from older servers. */
  accrual?: {
    customer_orders: number
    with_points: number
    accuracy: number
    missing_order_ids: string[]
  }
  reconciliation: {
    accounts_checked: number
    mismatched: number
    accuracy: number
    mismatches: LoyaltyReconciliationMismatch[]
  }
}

export const loyaltyReportQueryKeys = queryKeysFactory("loyalty_report")

export const LOYALTY_REPORT_PATH = "/admin/loyalty/reports"

/** The loyalty report of a period: `data.report`. */
export const useLoyaltyReport = (query: LoyaltyReportQuery) =>
  useReport<LoyaltyReport>(LOYALTY_REPORT_PATH, loyaltyReportQueryKeys, query)
