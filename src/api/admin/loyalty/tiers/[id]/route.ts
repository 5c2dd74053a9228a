import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteTierWorkflow,
  updateTierWorkflow,
} from "../../../../../workflows/loyalty"
import type {
  AdminLoyaltyTierDeleteResponse,
  AdminLoyaltyTierResponse,
} from "../../../../../types/http"
import { deletedResponse } from "../../../../utils/query"
import { refetchTier } from "../query-config"
import type { AdminUpdateTierType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLoyaltyTierResponse>
) => {
  const tier = await refetchTier(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ tier })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateTierType>,
  res: MedusaResponse<AdminLoyaltyTierResponse>
) => {
  // 404 before the workflow so an unknown id is not reported as bad input.
  await refetchTier(req.params.id, req.scope, ["id"])
  await updateTierWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  const tier = await refetchTier(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ tier })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLoyaltyTierDeleteResponse>
) => {
  await refetchTier(req.params.id, req.scope, ["id"])
  await deleteTierWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json(deletedResponse(req.params.id, "loyalty_tier"))
}
