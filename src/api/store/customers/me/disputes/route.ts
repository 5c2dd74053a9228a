import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withOverdue } from "../../../../admin/disputes/helpers"
import type { StoreGetDisputesParamsType } from "../../../disputes/validators"

/** The customer's disputes, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetDisputesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: disputes, metadata } = await query.graph({
    entity: "dispute",
    fields: req.queryConfig.fields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    disputes: disputes.map(withOverdue),
    count: metadata?.count ?? disputes.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? disputes.length,
  })
}
