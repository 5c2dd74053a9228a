import type { AdminRoute } from "../../../utils/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetAccountsParamsType } from "./validators"

/** Program members, filterable by tier and searchable by email. */
export const GET: AdminRoute<
  unknown,
  unknown,
  AdminGetAccountsParamsType
> = async (req, res) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>

  if (q) {
    // Email lives in the Customer module: find the customers first.
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { email: { $ilike: `%${q}%` } },
    })
    filters.customer_id = customers.map((c) => c.id)
  }

  const { data: accounts, metadata } = await query.graph({
    entity: "loyalty_account",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    accounts,
    count: metadata?.count ?? accounts.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? accounts.length,
  })
}
