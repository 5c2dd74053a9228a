import type { AdminRoute } from "../../utils/http"
import type {
  AdminPolicyTemplateListResponse,
  AdminPolicyTemplateResponse,
} from "../../../types/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  const q = req.validatedQuery as AdminGetPolicyTemplatesParamsType
  if (q.active !== undefined) {
    filters.active = q.active
  }
  if (q.q) {
    filters.q = q.q
  }
  const { data: templates, metadata } = await query.graph({
    entity: "policy_template",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    policy_templates: templates,
    count: metadata?.count ?? templates.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? templates.length,
  })
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
