import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
} from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"

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

export const useLoyaltyReport = (query: LoyaltyReportQuery) =>
  useQuery({
    queryKey: loyaltyReportQueryKeys.detail("summary", query),
    queryFn: () =>
      sdk.client.fetch<LoyaltyReport>("/admin/loyalty/reports", { query }),
  })

const fileNameFrom = (response: Response, query: LoyaltyReportQuery) => {
  const disposition = response.headers.get("content-disposition") ?? ""
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)
  if (match) {
    return decodeURIComponent(match[1])
  }
  return `loyalty-report-${query.from.slice(0, 10)}-${query.to.slice(0, 10)}.csv`
}

/**
 * Fetches the CSV through the SDK, so the admin session travels with it, and
 * hands it to the browser as a download.
 */
export const useDownloadLoyaltyReportCsv = (
  options?: UseMutationOptions<string, FetchError, LoyaltyReportQuery>
) =>
  useMutation({
    mutationFn: async (query) => {
      // A non-JSON accept header makes the SDK return the raw Response.
      const response = await sdk.client.fetch<Response>(
        "/admin/loyalty/reports",
        {
          query: { ...query, format: "csv" },
          headers: { accept: "text/csv" },
        }
      )
      const fileName = fileNameFrom(response, query)
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = fileName
      document.body.appendChild(link)
      link.click()
      link.remove()
      // Revoking in the same tick can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 0)
      return fileName
    },
    ...options,
  })
