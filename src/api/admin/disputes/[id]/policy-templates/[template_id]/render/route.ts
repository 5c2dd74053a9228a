import type { AdminRenderedDisputeTemplateResponse } from "../../../../../../../types/http"
import type { AdminRoute } from "../../../../../../utils/http"
import { renderDisputeTemplateWorkflow } from "../../../../../../../workflows/disputes"
import type { AdminRenderDisputeTemplateParamsType } from "../../../../validators"

/**
 * A policy template filled with this dispute's values, for a reply:
 * `{ policy_template, body, missing }`. `amount` is the resolution being
 * drafted; without it the dispute's resolved amount, else `{{amount}}`
 * stays and is listed in `missing`.
 */
export const GET: AdminRoute<
  AdminRenderedDisputeTemplateResponse,
  unknown,
  AdminRenderDisputeTemplateParamsType
> = async (req, res) => {
  const { amount } =
    req.validatedQuery as unknown as AdminRenderDisputeTemplateParamsType
  const { result } = await renderDisputeTemplateWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      policy_template_id: req.params.template_id,
      amount: amount ?? null,
    },
  })
  res.json(result)
}
