import type { AdminRoute } from "../../../utils/http"
import type {
  AdminPolicyTemplateDeleteResponse,
  AdminPolicyTemplateResponse,
} from "../../../../types/http"
import {
  deletePolicyTemplatesWorkflow,
  updatePolicyTemplateWorkflow,
} from "../../../../workflows/disputes"
import { refetchPolicyTemplate } from "../../../utils/disputes"
import type { AdminUpdatePolicyTemplateType } from "../validators"

export const GET: AdminRoute<AdminPolicyTemplateResponse> = async (
  req,
  res
) => {
  res.json({
    policy_template: await refetchPolicyTemplate(req.params.id, req.scope),
  })
}

/** Updates a policy template. */
export const POST: AdminRoute<
  AdminPolicyTemplateResponse,
  AdminUpdatePolicyTemplateType
> = async (req, res) => {
  await refetchPolicyTemplate(req.params.id, req.scope)
  await updatePolicyTemplateWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({
    policy_template: await refetchPolicyTemplate(req.params.id, req.scope),
  })
}

/** Deletes a policy template; disputes that cited it keep the id. */
export const DELETE: AdminRoute<AdminPolicyTemplateDeleteResponse> = async (
  req,
  res
) => {
  await refetchPolicyTemplate(req.params.id, req.scope)
  await deletePolicyTemplatesWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "policy_template", deleted: true })
}
