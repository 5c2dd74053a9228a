import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteReasonCodeWorkflow,
  updateReasonCodeWorkflow,
} from "../../../../workflows/return-policy"
import type {
  AdminReturnReasonCodeDeleteResponse,
  AdminReturnReasonCodeResponse,
} from "../../../../types/http"
import { deletedResponse } from "../../../utils/query"
import { refetchReasonCode } from "../query-config"
import type { AdminUpdateReasonCodeType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminReturnReasonCodeResponse>
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
  res: MedusaResponse<AdminReturnReasonCodeResponse>
) => {
  // 404 before the workflow so an unknown id is not reported as bad input.
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
  res: MedusaResponse<AdminReturnReasonCodeDeleteResponse>
) => {
  await refetchReasonCode(req.params.id, req.scope, ["id"])
  await deleteReasonCodeWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json(deletedResponse(req.params.id, "return_reason_code"))
}
