import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteReturnPolicyWorkflow,
  updateReturnPolicyWorkflow,
} from "../../../../workflows/return-policy"
import type {
  AdminReturnPolicyDeleteResponse,
  AdminReturnPolicyResponse,
} from "../../../../types/http"
import { deletedResponse } from "../../../utils/query"
import { refetchReturnPolicy } from "../query-config"
import type { AdminUpdateReturnPolicyType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminReturnPolicyResponse>
) => {
  const return_policy = await refetchReturnPolicy(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ return_policy })
}

/**
 * Edits the policy `:id` belongs to (any of its versions). Changed terms
 * write a new version, so the policy returned is the latest version and its
 * id differs from `:id`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateReturnPolicyType>,
  res: MedusaResponse<AdminReturnPolicyResponse>
) => {
  // 404 before the workflow so an unknown id is not reported as bad input.
  await refetchReturnPolicy(req.params.id, req.scope, ["id"])
  const { result } = await updateReturnPolicyWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  const return_policy = await refetchReturnPolicy(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ return_policy })
}

/** Deletes the policy `:id` belongs to, with all its versions. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminReturnPolicyDeleteResponse>
) => {
  await refetchReturnPolicy(req.params.id, req.scope, ["id"])
  await deleteReturnPolicyWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json(deletedResponse(req.params.id, "return_policy"))
}
