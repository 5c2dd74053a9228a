import {
  invalidateAll,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
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
  useAdminQuery<AccountListResponse>(
    loyaltyAccountQueryKeys.list(query),
    "/admin/loyalty/accounts",
    query
  )

/** The account of one customer; `account` is null until they earn or are adjusted. */
export const useLoyaltyAccount = (customerId: string) =>
  useAdminQuery<AccountResponse>(
    loyaltyAccountQueryKeys.detail(customerId),
    `/admin/loyalty/accounts/${customerId}`
  )

export const useLoyaltyPointEntries = (
  customerId: string,
  query: { limit?: number; offset?: number },
  options?: { enabled?: boolean }
) =>
  useAdminQuery<PointEntryListResponse>(
    loyaltyPointEntryQueryKeys.list({ customer_id: customerId, ...query }),
    `/admin/loyalty/accounts/${customerId}/points`,
    query,
    options
  )

/**
 * A write to one customer's account at `/admin/loyalty/accounts/:id/<action>`.
 * Balances, the ledger and the reports all change with it.
 */
const useAccountMutation = <TVariables extends object | void>(
  customerId: string,
  action: string,
  method: "POST" | "DELETE",
  options?: MutationOptions<MutationResponse, TVariables>
) =>
  useAdminMutation<MutationResponse, TVariables>(
    (body) => ({
      path: `/admin/loyalty/accounts/${customerId}/${action}`,
      method,
      body: body || undefined,
    }),
    (queryClient) =>
      invalidateAll(queryClient, [
        loyaltyAccountQueryKeys.detail(customerId),
        loyaltyAccountQueryKeys.lists(),
        loyaltyPointEntryQueryKeys.lists(),
        loyaltyReportQueryKeys.all,
      ]),
    options
  )

/** Adds or removes points; creates the account when the customer has none. */
export const useAdjustLoyaltyPoints = (
  customerId: string,
  options?: MutationOptions<MutationResponse, AdjustLoyaltyPointsInput>
) => useAccountMutation(customerId, "adjust", "POST", options)

/** Keeps the customer in a tier whatever they spend, until it expires. */
export const useLockLoyaltyTier = (
  customerId: string,
  options?: MutationOptions<MutationResponse, LockLoyaltyTierInput>
) => useAccountMutation(customerId, "tier-lock", "POST", options)

/** Removes the customer's tier lock. */
export const useUnlockLoyaltyTier = (
  customerId: string,
  options?: MutationOptions<MutationResponse, void>
) => useAccountMutation(customerId, "tier-lock", "DELETE", options)
