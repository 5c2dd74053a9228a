import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteRewardWorkflow,
  updateRewardWorkflow,
} from "../../../../../workflows/loyalty"
import type {
  AdminLoyaltyRewardDeleteResponse,
  AdminLoyaltyRewardResponse,
} from "../../../../../types/http"
import { deletedResponse } from "../../../../utils/query"
import { refetchReward } from "../query-config"
import type { AdminUpdateRewardType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLoyaltyRewardResponse>
) => {
  const reward = await refetchReward(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ reward })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateRewardType>,
  res: MedusaResponse<AdminLoyaltyRewardResponse>
) => {
  // 404 before the workflow so an unknown id is not reported as bad input.
  await refetchReward(req.params.id, req.scope, ["id"])
  await updateRewardWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  const reward = await refetchReward(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ reward })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLoyaltyRewardDeleteResponse>
) => {
  await refetchReward(req.params.id, req.scope, ["id"])
  await deleteRewardWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json(deletedResponse(req.params.id, "loyalty_reward"))
}
