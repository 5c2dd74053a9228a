import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { checkLoyaltyBalancesWorkflow } from "./check-loyalty-balances"
import { evaluateLoyaltyTiersWorkflow } from "./evaluate-loyalty-tiers"
import { LoyaltyEvents } from "./events"
import { releaseAndExpirePointsStep } from "./steps/release-and-expire-points"

export type LoyaltyNightlyWorkflowInput = {
  /** The moment the pass runs as; now when omitted (the job). */
  now?: Date | string
}

export const loyaltyNightlyWorkflowId = "loyalty-nightly"

/**
 * The nightly pass: pending points whose release date has come (the
 * return window closed, counted from delivery) become available, points past their expiry expire, customers whose points expire
 * after the notice period get `loyalty.points_expiring`, every
 * customer's tier is re-evaluated in one set-based pass, and the balances
 * are reconciled with the ledger (the check the program report shows).
 *
 * @example
 * await loyaltyNightlyWorkflow(container).run({ input: {} })
 */
export const loyaltyNightlyWorkflow = createWorkflow(
  loyaltyNightlyWorkflowId,
  (input: LoyaltyNightlyWorkflowInput) => {
    const points = releaseAndExpirePointsStep({ now: input.now })
    const expiring = transform({ points }, ({ points }) => points.expiring)
    emitEventStep({
      eventName: LoyaltyEvents.POINTS_EXPIRING,
      data: expiring,
    }).config({ name: "emit-points-expiring" })
    const changes = evaluateLoyaltyTiersWorkflow.runAsStep({
      input: { changed_by: "nightly" },
    })
    const check = checkLoyaltyBalancesWorkflow.runAsStep({
      input: { checked_by: "nightly" },
    })
    const summary = transform(
      { points, changes, check },
      ({ points, changes, check }) => ({
        released: points.released,
        expired: points.expired.length,
        expiring_notices: points.expiring.length,
        tier_changes: changes.length,
        balance_mismatches: check.mismatched,
      })
    )
    return new WorkflowResponse(summary)
  }
)
