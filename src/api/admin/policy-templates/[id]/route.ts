import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
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

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPolicyTemplateResponse>
) => {
  res.json({
    policy_template: await refetchPolicyTemplate(req.params.id, req.scope),
  })
}

/** Updates a policy template. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePolicyTemplateType>,
  res: MedusaResponse<AdminPolicyTemplateResponse>
) => {
  await refetchPolicyTemplate(req.params.id, req.scope)
  await updatePolicyTemplateWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({
    policy_template: await refetchPolicyTemplate(req.params.id, req.scope),
  })
}

/** Deletes a policy template; disputes that cited it keep the id. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPolicyTemplateDeleteResponse>
) => {
  await refetchPolicyTemplate(req.params.id, req.scope)
  await deletePolicyTemplatesWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "policy_template", deleted: true })
}
