import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LoyaltyPointsEntryListResponse } from "../../types/http"
import { getCustomerLoyalty } from "../../workflows/loyalty/steps/get-customer-loyalty"
import { listParams } from "./validators"

/** A ledger's list parameters, for staff and customers alike. */
export const LedgerListParams = listParams({
  limit: 20,
  order: "-created_at",
  sortable: ["created_at", "points", "type", "expires_at"],
})
export type LedgerListParamsType = z.infer<typeof LedgerListParams>

/** Ledger fields a customer reads; staff also see `created_by`. */
export const ledgerEntryFields = [
  "id",
  "type",
  "points",
  "status",
  "available_at",
  "expires_at",
  "debt",
  "source_type",
  "source_id",
  "note",
  "created_at",
]

/** The `validateQuery` config of a ledger route. */
export const ledgerQueryConfig = (defaults: string[]) => ({
  defaults,
  isList: true,
  defaultLimit: 20,
})

/**
 * A customer's points ledger with the request's fields and page, newest
 * first by default, for the store (the signed-in customer) and the admin
 * (any customer). A customer without an account yet has an empty ledger.
 */
export const listCustomerLedger = async (
  req: AuthenticatedMedusaRequest<unknown, LedgerListParamsType>,
  customerId: string
): Promise<LoyaltyPointsEntryListResponse> => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { account_id } = await getCustomerLoyalty(req.scope, customerId)
  if (!account_id) {
    return { entries: [], count: 0, offset: 0, limit: 0 }
  }

  const { data: entries, metadata } = await query.graph({
    entity: "loyalty_points_entry",
    fields: req.queryConfig.fields,
    // Ownership: only this customer's account, whatever the client sends.
    filters: { account_id },
    pagination: req.queryConfig.pagination,
  })
  return {
    entries,
    count: metadata?.count ?? entries.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? entries.length,
  }
}
