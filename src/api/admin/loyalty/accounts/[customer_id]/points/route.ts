import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCustomerExists } from "../../helpers"
import type { AdminGetAccountPointsParamsType } from "../../validators"

/** One customer's points ledger, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAccountPointsParamsType>,
  res: MedusaResponse
) => {
  await assertCustomerExists(req.params.customer_id, req.scope)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: accounts } = await query.graph({
    entity: "loyalty_account",
    fields: ["id"],
    filters: { customer_id: req.params.customer_id },
  })
  if (!accounts.length) {
    return res.json({ entries: [], count: 0, offset: 0, limit: 0 })
  }

  const { data: entries, metadata } = await query.graph({
    entity: "loyalty_points_entry",
    fields: req.queryConfig.fields,
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
