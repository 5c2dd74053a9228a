import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CreateTierDTO } from "../../modules/loyalty-program/types"
import { createTiersStep } from "./steps/create-tiers"
import { validateTierUniquenessStep } from "./steps/validate-tier-uniqueness"

export type CreateTierWorkflowInput = CreateTierDTO

export const createTierWorkflowId = "create-tier"

/**
 * Creates a loyalty tier after checking its name and rank are free.
 * Exposes the `tierCreated` hook.
 *
 * @example
 * const { result } = await createTierWorkflow(container).run({
 *   input: { name: "Gold", rank: 2, min_lifetime_spend: 1000 },
 * })
 */
export const createTierWorkflow = createWorkflow(
  createTierWorkflowId,
  (input: CreateTierWorkflowInput) => {
    validateTierUniquenessStep({ name: input.name, rank: input.rank })
    const tiers = createTiersStep([input])
    const tier = transform({ tiers }, ({ tiers }) => tiers[0])

    const tierCreated = createHook("tierCreated", { tier })

    return new WorkflowResponse(tier, { hooks: [tierCreated] })
  }
)
