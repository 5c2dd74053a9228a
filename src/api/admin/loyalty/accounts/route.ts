import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminLoyaltyAccountListResponse } from "../../../../types/http"
import type { AdminRoute } from "../../../utils/http"
import { listEntities } from "../../../utils/query"
import type { AdminGetAccountsParamsType } from "./validators"

/** Program members, filterable by tier and searchable by email. */
export const GET: AdminRoute<
  AdminLoyaltyAccountListResponse,
  unknown,
  AdminGetAccountsParamsType
> = async (req, res) => {
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  if (q) {
    // Email lives in the Customer module: find the customers first.
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { email: { $ilike: `%${q}%` } },
    })
    filters.customer_id = customers.map((c) => c.id)
  }
  const { data: accounts, ...page } = await listEntities(req, {
    entity: "loyalty_account",
    filters,
  })
  res.json({ accounts, ...page })
}
