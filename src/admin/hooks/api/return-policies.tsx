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
import type {
  AdminCreateReturnPolicyBody,
  AdminReturnPolicy,
  AdminReturnPolicyDeleteResponse,
  AdminReturnPolicyListResponse,
  AdminReturnPolicyResponse,
} from "../../../types/http"

export type ReturnPolicy = AdminReturnPolicy
export type ReturnPolicyInput = AdminCreateReturnPolicyBody

export type ReturnPolicyListQuery = {
  limit?: number
  offset?: number
  q?: string
  tier_id?: string
  /** true (default): current versions; false: deactivated and old versions. */
  active?: boolean
}

export const returnPolicyQueryKeys = queryKeysFactory("return_policy")
export const returnPolicyVersionQueryKeys = queryKeysFactory(
  "return_policy_version"
)

export const useReturnPolicies = (query: ReturnPolicyListQuery) =>
  useQuery({
    queryKey: returnPolicyQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminReturnPolicyListResponse>(
        "/admin/return-policies",
        { query }
      ),
  })

/** Every version of the policy `id` belongs to, newest first. */
export const useReturnPolicyVersions = (
  id: string,
  query: { limit?: number; offset?: number }
) =>
  useQuery({
    queryKey: returnPolicyVersionQueryKeys.list({ id, ...query }),
    queryFn: () =>
      sdk.client.fetch<AdminReturnPolicyListResponse>(
        `/admin/return-policies/${id}/versions`,
        {
          query,
        }
      ),
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
  options?: UseMutationOptions<
    AdminReturnPolicyResponse,
    FetchError,
    ReturnPolicyInput
  >
) => {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminReturnPolicyResponse>("/admin/return-policies", {
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
    AdminReturnPolicyResponse,
    FetchError,
    Partial<ReturnPolicyInput>
  >
) => {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminReturnPolicyResponse>(
        `/admin/return-policies/${id}`,
        {
          method: "POST",
          body,
        }
      ),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}

/** Toggles `active` on the policy whose id is passed to `mutate`. */
export const useSetReturnPolicyActive = (
  options?: UseMutationOptions<
    AdminReturnPolicyResponse,
    FetchError,
    { id: string; active: boolean }
  >
) => {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: ({ id, active }) =>
      sdk.client.fetch<AdminReturnPolicyResponse>(
        `/admin/return-policies/${id}`,
        {
          method: "POST",
          body: { active },
        }
      ),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}

/** Deletes the policy (every version) whose id is passed to `mutate`. */
export const useDeleteReturnPolicy = (
  options?: UseMutationOptions<
    AdminReturnPolicyDeleteResponse,
    FetchError,
    string
  >
) => {
  const invalidate = useInvalidatePolicies()
  return useMutation({
    mutationFn: (id) =>
      sdk.client.fetch<AdminReturnPolicyDeleteResponse>(
        `/admin/return-policies/${id}`,
        {
          method: "DELETE",
        }
      ),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}
