import type { AdminRoute } from "../../utils/http"
import type {
  AdminPolicyTemplateListResponse,
  AdminPolicyTemplateResponse,
} from "../../../types/http"
import { listEntities } from "../../utils/query"
import { createPolicyTemplatesWorkflow } from "../../../workflows/disputes"
import { refetchPolicyTemplate } from "../../utils/disputes"
import type {
  AdminCreatePolicyTemplateType,
  AdminGetPolicyTemplatesParamsType,
} from "./validators"

/** Policy templates, by title; `active` and `q` (title) filter. */
export const GET: AdminRoute<
  AdminPolicyTemplateListResponse,
  unknown,
  AdminGetPolicyTemplatesParamsType
> = async (req, res) => {
  const filters: Record<string, unknown> = {}
  const q = req.validatedQuery as AdminGetPolicyTemplatesParamsType
  if (q.active !== undefined) {
    filters.active = q.active
  }
  if (q.q) {
    filters.q = q.q
  }
  const { data: policy_templates, ...page } = await listEntities(req, {
    entity: "policy_template",
    filters,
  })
  res.json({ policy_templates, ...page })
}

/** Creates a policy template. */
export const POST: AdminRoute<
  AdminPolicyTemplateResponse,
  AdminCreatePolicyTemplateType
> = async (req, res) => {
  const { result } = await createPolicyTemplatesWorkflow(req.scope).run({
    input: { templates: [req.validatedBody] },
  })
  res.json({
    policy_template: await refetchPolicyTemplate(result[0].id, req.scope),
  })
}
