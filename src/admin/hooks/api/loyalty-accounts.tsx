import {
  invalidateAll,
  ListQuery,
  MutationOptions,
  useAdminMutation,
  useAdminQuery,
} from "../../lib/admin-api"
import { queryKeysFactory } from "../../lib/query-client"
import { loyaltyReportQueryKeys } from "./loyalty-reports"

import type {
  AdminAdjustLoyaltyPoints,
  AdminLockLoyaltyTier,
  AdminLoyaltyAccount,
  AdminLoyaltyAccountDetail,
  AdminLoyaltyAccountListResponse,
  AdminLoyaltyAccountResponse,
  AdminLoyaltyTierChange,
  LoyaltyPointsEntry,
  LoyaltyPointsEntryListResponse,
} from "../../../types/http"

export type LoyaltyAccount = AdminLoyaltyAccount
export type LoyaltyTierChange = AdminLoyaltyTierChange
export type LoyaltyAccountDetail = AdminLoyaltyAccountDetail
export type LoyaltyPointEntry = LoyaltyPointsEntry
/**
 * Local: `AdminLoyaltyAccountListParams` in `types/http` is the validator's
 * input, which requires `limit`, `offset` and `with_deleted`.
 */
export type LoyaltyAccountListQuery = ListQuery & { tier_id?: string }
export type AdjustLoyaltyPointsInput = AdminAdjustLoyaltyPoints
export type LockLoyaltyTierInput = AdminLockLoyaltyTier

/**
 * What the adjust and tier-lock routes answer. Not in `types/http` yet:
 * there the account response is the detail one, which can be null.
 */
type MutationResponse = { account: LoyaltyAccount }

export const loyaltyAccountQueryKeys = queryKeysFactory("loyalty_account")
export const loyaltyPointEntryQueryKeys = queryKeysFactory(
  "loyalty_point_entry"
)

export const useLoyaltyAccounts = (query: LoyaltyAccountListQuery) =>
  useAdminQuery<AdminLoyaltyAccountListResponse>(
    loyaltyAccountQueryKeys.list(query),
    "/admin/loyalty/accounts",
    query
  )

/** The account of one customer; `account` is null until they earn or are adjusted. */
export const useLoyaltyAccount = (customerId: string) =>
  useAdminQuery<AdminLoyaltyAccountResponse>(
    loyaltyAccountQueryKeys.detail(customerId),
    `/admin/loyalty/accounts/${customerId}`
  )

export const useLoyaltyPointEntries = (
  customerId: string,
  query: { limit?: number; offset?: number },
  options?: { enabled?: boolean }
) =>
  useAdminQuery<LoyaltyPointsEntryListResponse>(
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
