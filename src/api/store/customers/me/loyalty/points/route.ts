import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetPointsParamsType } from "../validators"

/** The signed-in customer's points ledger, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetPointsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: accounts } = await query.graph({
    entity: "loyalty_account",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id },
  })
  if (!accounts.length) {
    return res.json({ entries: [], count: 0, offset: 0, limit: 0 })
  }

  const { data: entries, metadata } = await query.graph({
    entity: "loyalty_points_entry",
    fields: req.queryConfig.fields,
    // Ownership: only the caller's account, whatever the client sends.
    filters: { account_id: accounts[0].id },
    pagination: req.queryConfig.pagination,
  })

  res.json({
    entries,
    count: metadata?.count ?? entries.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? entries.length,
  })
}
