import { queryKeysFactory } from "../../lib/query-client"
import { useReport } from "./reports"

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

export const returnReportQueryKeys = queryKeysFactory("return_report")

export const RETURN_REPORT_PATH = "/admin/return-policies/reports"

/** The returns report of a period: `data.report`. */
export const useReturnReport = (query: ReturnReportQuery) =>
  useReport<ReturnReport>(RETURN_REPORT_PATH, returnReportQueryKeys, query)
