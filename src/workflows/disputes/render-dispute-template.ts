import { renderDisputeTemplateStep } from "./steps/render-dispute-template"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const renderDisputeTemplateWorkflowId = "render-dispute-template"

/**
 * A policy template filled with one dispute's values, for the reply box:
 * `{ policy_template, body, missing }`. Values the case lacks (an amount
 * before a resolution is drafted) stay as `{{name}}` and are listed in
 * `missing`; sending a customer-visible message with them is refused.
 *
 * @example
 * const { result } = await renderDisputeTemplateWorkflow(container).run({ input: { dispute_id, policy_template_id, amount: 12.5 } })
 */
export const renderDisputeTemplateWorkflow = singleStepWorkflow(
  renderDisputeTemplateWorkflowId,
  renderDisputeTemplateStep
)
