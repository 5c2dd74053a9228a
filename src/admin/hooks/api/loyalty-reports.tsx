import type {
  LoyaltyBalanceCheckResult,
  LoyaltyPointsReport,
} from "../../../modules/loyalty-program/types"
import type {
  AdminLoyaltyBalanceCheckResponse,
  ReportResponse,
  Serialized,
} from "../../../types/http"
import { type MutationOptions, useAdminMutation } from "../../lib/admin-api"
import { reportHooks } from "./reports"

export type LoyaltyReportPeriod = "day" | "week" | "month"

export type LoyaltyReportQuery = {
  from: string
  to: string
  period: LoyaltyReportPeriod
}

export type LoyaltyPointTotals = Omit<
  LoyaltyPointsReport["points_by_period"][number],
  "period_start"
>

export type LoyaltyRepeatPurchase = {
  customers: number
  repeat: number
  rate: number
}

/**
 * `GET /admin/loyalty/reports`. `src/types/http` has no contract for it yet
 * (the route's type lives in a workflow, which the admin cannot load), so it
 * is assembled here from the module's figures.
 */
export type LoyaltyReport = {
  from: string
  to: string
  period: LoyaltyReportPeriod
  members_per_tier: LoyaltyPointsReport["members_per_tier"]
  points_by_period: LoyaltyPointsReport["points_by_period"]
  totals: LoyaltyPointTotals
  redemption: LoyaltyPointsReport["redemption"] & { rate: number }
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
  /** The latest stored balance check (the report's own before the first). */
  reconciliation: Serialized<LoyaltyBalanceCheckResult>
}

export type LoyaltyReportResponse = ReportResponse<LoyaltyReport>

const loyaltyReport = reportHooks<LoyaltyReportResponse, LoyaltyReportQuery>(
  "/admin/loyalty/reports",
  "loyalty_report"
)

export const loyaltyReportQueryKeys = loyaltyReport.keys

export const LOYALTY_REPORT_PATH = loyaltyReport.path

/** The loyalty report of a period: `data.report`. */
export const useLoyaltyReport = loyaltyReport.useReport

/**
 * Reconciles every account with its ledger now (`POST
 * /admin/loyalty/balance-checks`); the report then shows this check.
 */
export const useRunBalanceCheck = (
  options?: MutationOptions<AdminLoyaltyBalanceCheckResponse, void>
) =>
  useAdminMutation<AdminLoyaltyBalanceCheckResponse, void>(
    () => ({
      path: "/admin/loyalty/balance-checks",
      method: "POST",
      body: {},
    }),
    (queryClient) =>
      queryClient.invalidateQueries({ queryKey: loyaltyReport.keys.all }),
    options
  )
