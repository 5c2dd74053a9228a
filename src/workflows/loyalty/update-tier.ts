import {
  createHook,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { UpdateTierDTO } from "../../modules/loyalty-program/types"
import { updateTierStep } from "./steps/update-tier"
import { validateTierUniquenessStep } from "./steps/validate-tier-uniqueness"

export type UpdateTierWorkflowInput = UpdateTierDTO

export const updateTierWorkflowId = "update-tier"

/**
 * Updates a loyalty tier. Exposes the `tierUpdated` hook.
 *
 * @example
 * await updateTierWorkflow(container).run({
 *   input: { id: "ltier_123", min_lifetime_spend: 2000 },
 * })
 */
export const updateTierWorkflow = createWorkflow(
  updateTierWorkflowId,
  (input: UpdateTierWorkflowInput) => {
    validateTierUniquenessStep({
      id: input.id,
      name: input.name,
      rank: input.rank,
    })
    const tier = updateTierStep(input)

    const tierUpdated = createHook("tierUpdated", { tier })

    return new WorkflowResponse(tier, { hooks: [tierUpdated] })
  }
)
