import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteRewardWorkflow,
  updateRewardWorkflow,
} from "../../../../../workflows/loyalty"
import { refetchReward } from "../helpers"
import type { AdminUpdateRewardType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
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
  res: MedusaResponse
) => {
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
  res: MedusaResponse
) => {
  await refetchReward(req.params.id, req.scope, ["id"])
  await deleteRewardWorkflow(req.scope).run({ input: { id: req.params.id } })

  res.json({ id: req.params.id, object: "loyalty_reward", deleted: true })
}
