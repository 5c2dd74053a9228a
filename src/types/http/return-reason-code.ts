import type { z } from "@medusajs/framework/zod"
import type {
  AdminCreateReasonCode,
  AdminUpdateReasonCode,
} from "../../api/admin/return-reason-codes/validators"
import type { DeleteResponse, PaginatedResponse } from "./common"

export type AdminReturnReasonCode = {
  id: string
  /** Upper snake case, e.g. DAMAGED. */
  code: string
  label: string
  requires_review: boolean
  requires_evidence: boolean
  /** 0-100; replaces the policy's restocking fee when set. */
  restocking_fee_percent_override: number | null
  active: boolean
  created_at: string
  updated_at: string
}

export type AdminCreateReturnReasonCode = z.input<typeof AdminCreateReasonCode>
export type AdminUpdateReturnReasonCode = z.input<typeof AdminUpdateReasonCode>

export type AdminReturnReasonCodeResponse = {
  reason_code: AdminReturnReasonCode
}
export type AdminReturnReasonCodeListResponse = PaginatedResponse<{
  reason_codes: AdminReturnReasonCode[]
}>
export type AdminReturnReasonCodeDeleteResponse =
  DeleteResponse<"return_reason_code">
