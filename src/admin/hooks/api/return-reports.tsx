import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
} from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"

export type ReturnReportGroupBy = "day" | "week" | "month"

export type ReturnReportQuery = {
  from: string
  to: string
  group_by: ReturnReportGroupBy
  /** A loyalty tier id, or `none` for requests made without a tier. */
  tier_id?: string
}

export type ReturnReportTotals = {
  requests: number
  auto_approved: number
  /** 0..1 */
  auto_approved_share: number
  reviewed: number
  approved: number
  rejected: number
  canceled: number
  disputed: number
  /** 0..1 */
  dispute_rate: number
  pending_review?: number
  decided?: number
  median_decision_seconds?: number | null
  p90_decision_seconds?: number | null
}

export type ReturnReportTier = {
  tier_id: string | null
  tier_name: string | null
  requests: number
  auto_approved: number
  auto_approved_share: number
  reviewed?: number
  pending_review?: number
  approved?: number
  rejected?: number
  canceled?: number
  decided?: number
  /** null when no request of the tier was decided in the range. */
  median_decision_seconds: number | null
  p90_decision_seconds: number | null
  disputed: number
  dispute_rate: number
}

export type ReturnReport = {
  from: string
  to: string
  group_by?: ReturnReportGroupBy
  tier_id?: string | null
  /** false when the disputes module is absent: dispute figures mean nothing. */
  disputes_tracked?: boolean
  totals: ReturnReportTotals
  per_tier: ReturnReportTier[]
  volume: { period: string; requests: number; items: number }[]
  reasons: {
    reason_code: string
    label: string | null
    items: number
    requests?: number
    share: number
  }[]
  channels: { channel: string; requests: number }[]
}

type ReportResponse = { report: ReturnReport }

export const returnReportQueryKeys = queryKeysFactory("return_report")

export const useReturnReport = (query: ReturnReportQuery) =>
  useQuery({
    queryKey: returnReportQueryKeys.detail("summary", query),
    queryFn: () =>
      sdk.client.fetch<ReportResponse>("/admin/return-policies/reports", {
        query,
      }),
  })

const fileNameFrom = (response: Response, query: ReturnReportQuery) => {
  const disposition = response.headers.get("content-disposition") ?? ""
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)
  if (match) {
    return decodeURIComponent(match[1])
  }
  return `returns-report-${query.from.slice(0, 10)}-${query.to.slice(0, 10)}.csv`
}

/**
 * Fetches the CSV through the SDK, so the admin session travels with it, and
 * hands it to the browser as a download.
 */
export const useDownloadReturnReportCsv = (
  options?: UseMutationOptions<string, FetchError, ReturnReportQuery>
) =>
  useMutation({
    mutationFn: async (query) => {
      // A non-JSON accept header makes the SDK return the raw Response.
      const response = await sdk.client.fetch<Response>(
        "/admin/return-policies/reports",
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
