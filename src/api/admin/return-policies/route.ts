import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createReturnPolicyWorkflow } from "../../../workflows/return-policy"
import { refetchReturnPolicy } from "./helpers"
import type {
  AdminCreateReturnPolicyType,
  AdminGetReturnPoliciesParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReturnPoliciesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields

  const { data: return_policies, metadata } = await query.graph({
    entity: "return_policy",
    fields: req.queryConfig.fields,
    filters: q ? { ...filters, q } : filters,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    return_policies,
    count: metadata?.count ?? return_policies.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? return_policies.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateReturnPolicyType>,
  res: MedusaResponse
) => {
  const { result } = await createReturnPolicyWorkflow(req.scope).run({
    input: req.validatedBody,
  })

  const return_policy = await refetchReturnPolicy(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(200).json({ return_policy })
}
