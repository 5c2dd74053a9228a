import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createReturnPolicyWorkflow } from "../../../workflows/return-policy"
import type {
  AdminReturnPolicyListResponse,
  AdminReturnPolicyResponse,
} from "../../../types/http"
import { listEntities } from "../../utils/query"
import { refetchReturnPolicy } from "./query-config"
import type {
  AdminCreateReturnPolicyType,
  AdminGetReturnPoliciesParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReturnPoliciesParamsType>,
  res: MedusaResponse<AdminReturnPolicyListResponse>
) => {
  const { q, ...filters } = req.filterableFields
  const { data: return_policies, ...page } = await listEntities(req, {
    entity: "return_policy",
    filters: q ? { ...filters, q } : filters,
  })
  res.json({ return_policies, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateReturnPolicyType>,
  res: MedusaResponse<AdminReturnPolicyResponse>
) => {
  const { result } = await createReturnPolicyWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const return_policy = await refetchReturnPolicy(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ return_policy })
}
