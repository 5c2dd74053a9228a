import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createPolicyTemplatesStep,
  deletePolicyTemplatesStep,
  updatePolicyTemplateStep,
} from "./steps/policy-templates"
import type { PolicyTemplateInput } from "./steps/policy-templates"
import { singleStepWorkflow } from "../utils/single-step-workflow"

export const createPolicyTemplatesWorkflowId = "create-policy-templates"

/**
 * Creates dispute policy templates.
 *
 * @example
 * await createPolicyTemplatesWorkflow(container).run({ input: { templates: [{ title, body, reason_categories: ["item_condition"] }] } })
 */
export const createPolicyTemplatesWorkflow = createWorkflow(
  createPolicyTemplatesWorkflowId,
  (input: { templates: PolicyTemplateInput[] }) => {
    return new WorkflowResponse(createPolicyTemplatesStep(input.templates))
  }
)

export const updatePolicyTemplateWorkflowId = "update-policy-template"

/**
 * Updates a dispute policy template.
 *
 * @example
 * await updatePolicyTemplateWorkflow(container).run({ input: { id, active: false } })
 */
export const updatePolicyTemplateWorkflow = singleStepWorkflow(
  updatePolicyTemplateWorkflowId,
  updatePolicyTemplateStep
)

export const deletePolicyTemplatesWorkflowId = "delete-policy-templates"

/**
 * Deletes dispute policy templates (soft: disputes keep citing them).
 *
 * @example
 * await deletePolicyTemplatesWorkflow(container).run({ input: { ids: ["dsptpl_123"] } })
 */
export const deletePolicyTemplatesWorkflow = createWorkflow(
  deletePolicyTemplatesWorkflowId,
  (input: { ids: string[] }) => {
    return new WorkflowResponse(deletePolicyTemplatesStep(input.ids))
  }
)
