import {
  createHook,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteTiersStep } from "./steps/delete-tiers"

export type DeleteTierWorkflowInput = { id: string }

export const deleteTierWorkflowId = "delete-tier"

/**
 * Soft-deletes a loyalty tier. Exposes the `tierDeleted` hook.
 *
 * @example
 * await deleteTierWorkflow(container).run({ input: { id: "ltier_123" } })
 */
export const deleteTierWorkflow = createWorkflow(
  deleteTierWorkflowId,
  (input: DeleteTierWorkflowInput) => {
    deleteTiersStep([input.id])

    const tierDeleted = createHook("tierDeleted", { id: input.id })

    return new WorkflowResponse(void 0, { hooks: [tierDeleted] })
  }
)
