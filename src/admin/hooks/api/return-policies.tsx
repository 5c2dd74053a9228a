import { crudHooks, ListQuery, useAdminQuery } from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { returnEligibilityQueryKeys } from "./return-requests"
import type {
  AdminCreateReturnPolicyBody,
  AdminReturnPolicy,
  AdminReturnPolicyDeleteResponse,
  AdminReturnPolicyListResponse,
  AdminReturnPolicyResponse,
} from "../../../types/http"

export type ReturnPolicy = AdminReturnPolicy
export type ReturnPolicyInput = AdminCreateReturnPolicyBody

export type ReturnPolicyListQuery = ListQuery & {
  tier_id?: string
  /** true (default): current versions; false: deactivated and old versions. */
  active?: boolean
}

export const returnPolicyQueryKeys = queryKeysFactory("return_policy")
export const returnPolicyVersionQueryKeys = queryKeysFactory(
  "return_policy_version"
)

const policies = crudHooks<{
  list: AdminReturnPolicyListResponse
  listQuery: ReturnPolicyListQuery
  one: AdminReturnPolicyResponse
  deleted: AdminReturnPolicyDeleteResponse
  input: ReturnPolicyInput
}>({
  path: "/admin/return-policies",
  keys: returnPolicyQueryKeys,
  related: [
    returnPolicyVersionQueryKeys.all,
    // Deadlines shown on orders come from the active policy.
    returnEligibilityQueryKeys.all,
  ],
})

/** A page of policies: current versions, or deactivated and old ones. */
export const useReturnPolicies = policies.useList
/** Creates a policy. */
export const useCreateReturnPolicy = policies.useCreate
/**
 * Edits the policy named by `id` in the variables. Changed terms write a
 * new version, so the policy returned has a different id; `active` alone
 * toggles in place.
 */
export const useUpdateReturnPolicy = policies.useUpdate
/** Deletes the policy (every version) whose id is passed to `mutate`. */
export const useDeleteReturnPolicy = policies.useDelete

/** Every version of the policy `id` belongs to, newest first. */
export const useReturnPolicyVersions = (
  id: string,
  query: { limit?: number; offset?: number }
) =>
  useAdminQuery<AdminReturnPolicyListResponse>(
    returnPolicyVersionQueryKeys.list({ id, ...query }),
    `/admin/return-policies/${id}/versions`,
    query
  )
