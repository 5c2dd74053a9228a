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
import { loyaltyReportQueryKeys } from "./loyalty-reports"

export type LoyaltyAccount = {
  id: string
  customer_id: string
  customer: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
  } | null
  tier: { id: string; name: string; rank: number } | null
  points_available: number
  points_pending: number
  points_debt: number
  lifetime_spend: number
  orders_in_period: number
  tier_evaluated_at: string | null
  tier_locked: boolean
  tier_lock_reason: string | null
  tier_lock_expires_at: string | null
  tier_locked_by: string | null
  created_at: string
}

export type LoyaltyTierChange = {
  id: string
  from_tier_id: string | null
  to_tier_id: string | null
  from_tier_name: string | null
  to_tier_name: string | null
  changed_by: string | null
  reason: string | null
  created_at: string
}

export type LoyaltyAccountDetail = LoyaltyAccount & {
  tier_changes: LoyaltyTierChange[]
}

export type LoyaltyPointEntry = {
  id: string
  type: "earn" | "redeem" | "expire" | "adjust" | "reverse"
  points: number
  status: "pending" | "available" | "void"
  available_at: string | null
  expires_at: string | null
  source_type: string | null
  source_id: string | null
  note: string | null
  created_by: string | null
  created_at: string
}

export type LoyaltyAccountListQuery = {
  limit?: number
  offset?: number
  q?: string
  tier_id?: string
}

export type AdjustLoyaltyPointsInput = { points: number; reason: string }

export type LockLoyaltyTierInput = {
  tier_id: string
  reason: string
  expires_at?: string
}

type AccountListResponse = {
  accounts: LoyaltyAccount[]
  count: number
  offset: number
  limit: number
}

type AccountResponse = { account: LoyaltyAccountDetail | null }

type MutationResponse = { account: LoyaltyAccount }

type PointEntryListResponse = {
  entries: LoyaltyPointEntry[]
  count: number
  offset: number
  limit: number
}

export const loyaltyAccountQueryKeys = queryKeysFactory("loyalty_account")
export const loyaltyPointEntryQueryKeys = queryKeysFactory(
  "loyalty_point_entry"
)

export const useLoyaltyAccounts = (query: LoyaltyAccountListQuery) =>
  useQuery({
    queryKey: loyaltyAccountQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AccountListResponse>("/admin/loyalty/accounts", {
        query,
      }),
  })

/** The account of one customer; `account` is null until they earn or are adjusted. */
export const useLoyaltyAccount = (customerId: string) =>
  useQuery({
    queryKey: loyaltyAccountQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<AccountResponse>(
        `/admin/loyalty/accounts/${customerId}`
      ),
  })

export const useLoyaltyPointEntries = (
  customerId: string,
  query: { limit?: number; offset?: number },
  options?: { enabled?: boolean }
) =>
  useQuery({
    queryKey: loyaltyPointEntryQueryKeys.list({
      customer_id: customerId,
      ...query,
    }),
    queryFn: () =>
      sdk.client.fetch<PointEntryListResponse>(
        `/admin/loyalty/accounts/${customerId}/points`,
        { query }
      ),
    ...options,
  })

const useInvalidateAccount = (customerId: string) => {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({
      queryKey: loyaltyAccountQueryKeys.detail(customerId),
    })
    queryClient.invalidateQueries({
      queryKey: loyaltyAccountQueryKeys.lists(),
    })
    queryClient.invalidateQueries({
      queryKey: loyaltyPointEntryQueryKeys.lists(),
    })
    queryClient.invalidateQueries({ queryKey: loyaltyReportQueryKeys.all })
  }
}

/** Adds or removes points; creates the account when the customer has none. */
export const useAdjustLoyaltyPoints = (
  customerId: string,
  options?: UseMutationOptions<
    MutationResponse,
    FetchError,
    AdjustLoyaltyPointsInput
  >
) => {
  const invalidate = useInvalidateAccount(customerId)
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<MutationResponse>(
        `/admin/loyalty/accounts/${customerId}/adjust`,
        { method: "POST", body }
      ),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}

export const useLockLoyaltyTier = (
  customerId: string,
  options?: UseMutationOptions<
    MutationResponse,
    FetchError,
    LockLoyaltyTierInput
  >
) => {
  const invalidate = useInvalidateAccount(customerId)
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<MutationResponse>(
        `/admin/loyalty/accounts/${customerId}/tier-lock`,
        { method: "POST", body }
      ),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}

export const useUnlockLoyaltyTier = (
  customerId: string,
  options?: UseMutationOptions<MutationResponse, FetchError, void>
) => {
  const invalidate = useInvalidateAccount(customerId)
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<MutationResponse>(
        `/admin/loyalty/accounts/${customerId}/tier-lock`,
        { method: "DELETE" }
      ),
    ...withInvalidation(options, () => {
      invalidate()
    }),
  })
}
