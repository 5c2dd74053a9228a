import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateReturnPolicy,
  AdminUpdateReturnPolicy,
} from "../../api/admin/return-policies/validators"
import type { returnPolicyReportWorkflow } from "../../workflows/return-policy"
import type {
  DeleteResponse,
  PaginatedResponse,
  ReportResponse,
  WorkflowResultOf,
} from "./common"

export type AdminReturnPolicy = {
  id: string
  /** null: the default policy for customers without a tier. */
  tier_id: string | null
  name: string
  return_window_days: number
  /** null: never auto-approve. */
  auto_approve_max_amount: number | null
  free_return_shipping: boolean
  restocking_fee_percent: number
  store_credit_bonus_percent: number
  max_returns_per_period: number | null
  period_days: number
  /** 0..1; null: no ceiling. */
  return_rate_ceiling: number | null
  excluded_product_tags: string[]
  excluded_category_ids: string[]
  active: boolean
  version: number
  policy_group_id: string
  created_at: string
  updated_at: string
}

export type AdminCreateReturnPolicyBody = z.input<
  typeof AdminCreateReturnPolicy
>
export type AdminUpdateReturnPolicyBody = z.input<
  typeof AdminUpdateReturnPolicy
>

export type AdminReturnPolicyResponse = { return_policy: AdminReturnPolicy }
/** Policies, or the versions of one policy. */
export type AdminReturnPolicyListResponse = PaginatedResponse<{
  return_policies: AdminReturnPolicy[]
}>
export type AdminReturnPolicyDeleteResponse = DeleteResponse<"return_policy">

/** `GET /admin/return-policies/reports` (JSON; `format=csv` downloads). */
export type AdminReturnPolicyReportResponse = ReportResponse<
  WorkflowResultOf<typeof returnPolicyReportWorkflow>
>
