import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-client"
import { withInvalidation } from "../../lib/mutation"
import { sdk } from "../../lib/sdk"
import { returnEligibilityQueryKeys } from "./return-requests"

export type ReturnPolicy = {
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

export type ReturnPolicyInput = {
  name: string
  tier_id?: string | null
  return_window_days: number
  auto_approve_max_amount?: number | null
  free_return_shipping?: boolean
  restocking_fee_percent?: number
  store_credit_bonus_percent?: number
  max_returns_per_period?: number | null
  period_days?: number
  return_rate_ceiling?: number | null
  excluded_product_tags?: string[]
  excluded_category_ids?: string[]
  active?: boolean
}

export type ReturnPolicyListQuery = {
  limit?: number
  offset?: number
  q?: string
  tier_id?: string
  /** true (default): current versions; false: deactivated and old versions. */
  active?: boolean
}

type PolicyResponse = { return_policy: ReturnPolicy }

type ListResponse = {
  return_policies: ReturnPolicy[]
  count: number
  offset: number
  limit: number
}

type DeleteResponse = { id: string; object: "return_policy"; deleted: true }

export const returnPolicyQueryKeys = queryKeysFactory("return_policy")
export const returnPolicyVersionQueryKeys = queryKeysFactory(
  "return_policy_version"
)

export const useReturnPolicies = (query: ReturnPolicyListQuery) =>
  useQuery({
    queryKey: returnPolicyQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ListResponse>("/admin/return-policies", { query }),
  })

/** Every version of the policy `id` belongs to, newest first. */
export const useReturnPolicyVersions = (
  id: string,
  query: { limit?: number; offset?: number }
) =>
  useQuery({
    queryKey: returnPolicyVersionQueryKeys.list({ id, ...query }),
    queryFn: () =>
      sdk.client.fetch<ListResponse>(`/admin/return-policies/${id}/versions`, {
        query,
      }),
  })

const useInvalidatePolicies = () => {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: returnPolicyQueryKeys.all })
    queryClient.invalidateQueries({
      queryKey: returnPolicyVersionQueryKeys.all,
    })
    // Deadlines shown on orders come from the active policy.
    queryClient.invalidateQueries({ queryKey: returnEligibilityQueryKeys.all })
  }
}

export const useCreateReturnPolicy = (
  options?: UseMutationOptions<PolicyResponse, FetchError, ReturnPolicyInput>
) => {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<PolicyResponse>("/admin/return-policies", {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}

/**
 * Edits the policy `id` belongs to. Changed terms write a new version, so
 * the policy returned has a different id; `active` alone toggles in place.
 */
export const useUpdateReturnPolicy = (
  id: string,
  options?: UseMutationOptions<
    PolicyResponse,
    FetchError,
    Partial<ReturnPolicyInput>
  >
) => {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<PolicyResponse>(`/admin/return-policies/${id}`, {
        method: "POST",
        body,
      }),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}

/** Toggles `active` on the policy whose id is passed to `mutate`. */
export const useSetReturnPolicyActive = (
  options?: UseMutationOptions<
    PolicyResponse,
    FetchError,
    { id: string; active: boolean }
  >
) => {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: ({ id, active }) =>
      sdk.client.fetch<PolicyResponse>(`/admin/return-policies/${id}`, {
        method: "POST",
        body: { active },
      }),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}

/** Deletes the policy (every version) whose id is passed to `mutate`. */
export const useDeleteReturnPolicy = (
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/return-policies/${id}`, {
        method: "DELETE",
      }),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}
