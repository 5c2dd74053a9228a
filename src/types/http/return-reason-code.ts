import type { z } from "@medusajs/framework/zod"
import type { ReasonCodeSnapshot } from "../../modules/return-policy/engine/types"
import type {
  AdminCreateReasonCode,
  AdminUpdateReasonCode,
} from "../../api/admin/return-reason-codes/validators"
import type { DeleteResponse, PaginatedResponse } from "./common"

/** A reason code: the rules the engine reads (`ReasonCodeSnapshot`) and its id. */
export type AdminReturnReasonCode = ReasonCodeSnapshot & {
  id: string
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
