import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRewardWorkflow } from "../../../../workflows/loyalty"
import { refetchReward } from "./helpers"
import type {
  AdminCreateRewardType,
  AdminGetRewardsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRewardsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields

  const { data: rewards, metadata } = await query.graph({
    entity: "loyalty_reward",
    fields: req.queryConfig.fields,
    filters: q ? { ...filters, q } : filters,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    rewards,
    count: metadata?.count ?? rewards.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? rewards.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateRewardType>,
  res: MedusaResponse
) => {
  const { result } = await createRewardWorkflow(req.scope).run({
    input: req.validatedBody,
  })

  const reward = await refetchReward(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(200).json({ reward })
}
