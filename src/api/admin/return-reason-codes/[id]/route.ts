import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteReasonCodeWorkflow,
  updateReasonCodeWorkflow,
} from "../../../../workflows/return-policy"
import { refetchReasonCode } from "../helpers"
import type { AdminUpdateReasonCodeType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const reason_code = await refetchReasonCode(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ reason_code })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateReasonCodeType>,
  res: MedusaResponse
) => {
  await refetchReasonCode(req.params.id, req.scope, ["id"])
  await updateReasonCodeWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })

  const reason_code = await refetchReasonCode(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ reason_code })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await refetchReasonCode(req.params.id, req.scope, ["id"])
  await deleteReasonCodeWorkflow(req.scope).run({
    input: { id: req.params.id },
  })

  res.json({ id: req.params.id, object: "return_reason_code", deleted: true })
}
