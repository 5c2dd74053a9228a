import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getCustomerLoyalty } from "../../workflows/loyalty/steps/get-customer-loyalty"

type Pagination = { skip?: number; take?: number; order?: Record<string, any> }

/**
 * A customer's points ledger, newest first by default, for the store (the
 * signed-in customer) and the admin (any customer). A customer without an
 * account yet has an empty ledger.
 */
export const listCustomerLedger = async (
  scope: MedusaContainer,
  customerId: string,
  fields: string[],
  pagination: Pagination
) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { account_id } = await getCustomerLoyalty(scope, customerId)
  if (!account_id) {
    return { entries: [], count: 0, offset: 0, limit: 0 }
  }

  const { data: entries, metadata } = await query.graph({
    entity: "loyalty_points_entry",
    fields,
    // Ownership: only this customer's account, whatever the client sends.
    filters: { account_id },
    pagination,
  })
  return {
    entries,
    count: metadata?.count ?? entries.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? entries.length,
  }
}
