import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createTierWorkflow } from "../../../../workflows/loyalty"
import type {
  AdminLoyaltyTierListResponse,
  AdminLoyaltyTierResponse,
} from "../../../../types/http"
import { listEntities } from "../../../utils/query"
import { refetchTier } from "./query-config"
import type { AdminCreateTierType, AdminGetTiersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTiersParamsType>,
  res: MedusaResponse<AdminLoyaltyTierListResponse>
) => {
  const { q, ...filters } = req.filterableFields
  const { data: tiers, ...page } = await listEntities(req, {
    entity: "loyalty_tier",
    filters: q ? { ...filters, q } : filters,
  })
  res.json({ tiers, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTierType>,
  res: MedusaResponse<AdminLoyaltyTierResponse>
) => {
  const { result } = await createTierWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const tier = await refetchTier(result.id, req.scope, req.queryConfig.fields)
  res.json({ tier })
}
