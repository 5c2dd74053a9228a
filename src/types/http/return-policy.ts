import type { z } from "@medusajs/framework/zod"
import type { ReturnPolicySnapshot } from "../../modules/return-policy/engine/types"
import type {
  AdminCreateReturnPolicy,
  AdminUpdateReturnPolicy,
} from "../../api/admin/return-policies/validators"
import type { DeleteResponse, PaginatedResponse } from "./common"

/**
 * A return policy version as staff read it: the terms the engine applies
 * (`ReturnPolicySnapshot`, documented there) with its name and versioning.
 */
export type AdminReturnPolicy = ReturnPolicySnapshot & {
  name: string
  /** Exchange terms (see the README's "Exchanges"). */
  exchanges_allowed: boolean
  exchange_auto_approve: boolean
  instant_exchange: boolean
  instant_exchange_return_days: number
  active: boolean
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
