import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createRewardWorkflow } from "../../../../workflows/loyalty"
import type {
  AdminLoyaltyRewardListResponse,
  AdminLoyaltyRewardResponse,
} from "../../../../types/http"
import { listEntities } from "../../../utils/query"
import { refetchReward } from "./query-config"
import type {
  AdminCreateRewardType,
  AdminGetRewardsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRewardsParamsType>,
  res: MedusaResponse<AdminLoyaltyRewardListResponse>
) => {
  const { q, ...filters } = req.filterableFields
  const { data: rewards, ...page } = await listEntities(req, {
    entity: "loyalty_reward",
    filters: q ? { ...filters, q } : filters,
  })
  res.json({ rewards, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateRewardType>,
  res: MedusaResponse<AdminLoyaltyRewardResponse>
) => {
  const { result } = await createRewardWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const reward = await refetchReward(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ reward })
}
