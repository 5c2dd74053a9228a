import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRecordsStep,
  softDeleteRecordsStep,
} from "../../utils/crud-steps"
import type { ReturnDisputeModuleService } from "../../../modules/return-dispute"
import { returnDisputeStep } from "../../utils/module-step"

export type PolicyTemplateInput = {
  title: string
  body: string
  reason_categories?: string[]
  reason_codes?: string[]
  active?: boolean
}

export type UpdatePolicyTemplateInput = Partial<PolicyTemplateInput> & {
  id: string
}

const FIELDS = [
  "title",
  "body",
  "reason_categories",
  "reason_codes",
  "active",
] as const

export const createPolicyTemplatesStepId = "create-policy-templates"

/**
 * Creates policy templates. Compensation deletes them.
 *
 * @example
 * createPolicyTemplatesStep([{ title: "Worn items", body: "Hi {{customer_name}}, …", reason_categories: ["item_condition"] }])
 */
export const createPolicyTemplatesStep = createRecordsStep(
  createPolicyTemplatesStepId,
  returnDisputeStep,
  {
    create: (
      service: ReturnDisputeModuleService,
      input: PolicyTemplateInput[]
    ) => service.createPolicyTemplates(input),
    delete: (service, ids) => service.deletePolicyTemplates(ids),
  }
)

export const updatePolicyTemplateStepId = "update-policy-template"

/**
 * Updates a policy template. Compensation writes back the fields it
 * changed.
 *
 * @example
 * updatePolicyTemplateStep({ id, active: false })
 */
export const updatePolicyTemplateStep = returnDisputeStep(
  updatePolicyTemplateStepId,
  async (input: UpdatePolicyTemplateInput, service) => {
    const before = await service.retrievePolicyTemplate(input.id)
    const previous: Record<string, unknown> = { id: before.id }
    for (const key of FIELDS) {
      if (input[key] !== undefined) {
        previous[key] = before[key]
      }
    }
    const updated = await service.updatePolicyTemplates(input)
    return new StepResponse(updated, previous as UpdatePolicyTemplateInput)
  },
  async (previous, service) => {
    await service.updatePolicyTemplates(previous)
  }
)

export const deletePolicyTemplatesStepId = "delete-policy-templates"

/**
 * Soft-deletes policy templates; disputes that cited one keep its id.
 * Compensation restores them.
 *
 * @example
 * deletePolicyTemplatesStep(["dsptpl_123"])
 */
export const deletePolicyTemplatesStep = softDeleteRecordsStep(
  deletePolicyTemplatesStepId,
  returnDisputeStep,
  "PolicyTemplates"
)
