import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { evaluateLoyaltyTiersWorkflow } from "./evaluate-loyalty-tiers"
import { releaseAndExpirePointsStep } from "./steps/release-and-expire-points"

export const loyaltyNightlyWorkflowId = "loyalty-nightly"

/**
 * The nightly pass: pending points whose return window is over become
 * available, points past their expiry expire, and every customer's tier is
 * re-evaluated in one set-based pass.
 *
 * @example
 * await loyaltyNightlyWorkflow(container).run({ input: {} })
 */
export const loyaltyNightlyWorkflow = createWorkflow(
  loyaltyNightlyWorkflowId,
  (_: Record<string, never>) => {
    const points = releaseAndExpirePointsStep({})
    const changes = evaluateLoyaltyTiersWorkflow.runAsStep({
      input: { changed_by: "nightly" },
    })
    const summary = transform({ points, changes }, ({ points, changes }) => ({
      released: points.released,
      expired: points.expired.length,
      tier_changes: changes.length,
    }))
    return new WorkflowResponse(summary)
  }
)
