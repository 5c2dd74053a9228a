import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTierWorkflow } from "../../../../workflows/loyalty"
import { refetchTier } from "./helpers"
import type { AdminCreateTierType, AdminGetTiersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTiersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields

  const { data: tiers, metadata } = await query.graph({
    entity: "loyalty_tier",
    fields: req.queryConfig.fields,
    filters: q ? { ...filters, q } : filters,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    tiers,
    count: metadata?.count ?? tiers.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? tiers.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTierType>,
  res: MedusaResponse
) => {
  const { result } = await createTierWorkflow(req.scope).run({
    input: req.validatedBody,
  })

  const tier = await refetchTier(result.id, req.scope, req.queryConfig.fields)
  res.status(200).json({ tier })
}
