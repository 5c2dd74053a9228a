import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { AdminReturnPolicyListResponse } from "../../../../../types/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchReturnPolicy } from "../../query-config"

/** Every version of the policy `:id` belongs to, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminReturnPolicyListResponse>
) => {
  const { policy_group_id } = await refetchReturnPolicy(
    req.params.id,
    req.scope,
    ["policy_group_id"]
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: return_policies, metadata } = await query.graph({
    entity: "return_policy",
    fields: req.queryConfig.fields,
    filters: { policy_group_id },
    pagination: req.queryConfig.pagination,
  })

  res.json({
    return_policies,
    count: metadata?.count ?? return_policies.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? return_policies.length,
  })
}
