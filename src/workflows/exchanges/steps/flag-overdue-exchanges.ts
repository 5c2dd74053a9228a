import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"
import { exchangeOf } from "../shapes"

export type FlagOverdueExchangesStepInput = { now?: string | Date }

export const flagOverdueExchangesStepId = "flag-overdue-exchanges"

/**
 * Instant exchanges whose old item is still not back after the policy's
 * days: each approved request (not completed, so not received) past its
 * `return_due_at` gets `metadata.exchange.flagged_at` and is answered for
 * review. A flagged request is not flagged again, so the job is idempotent.
 * Compensation clears the flags it set.
 *
 * @example
 * const { flagged } = flagOverdueExchangesStep({})
 */
export const flagOverdueExchangesStep = returnPolicyStep(
  flagOverdueExchangesStepId,
  async (input: FlagOverdueExchangesStepInput, service) => {
    const now = input.now ? new Date(input.now) : new Date()
    const approved = await service.listReturnRequests(
      { status: "approved" },
      { select: ["id", "order_id", "rma_number", "metadata"] }
    )
    const overdue = approved.filter((r) => {
      const exchange = exchangeOf(r.metadata)
      return (
        !!exchange?.return_due_at &&
        !exchange.flagged_at &&
        new Date(exchange.return_due_at) < now
      )
    })
    const flaggedAt = now.toISOString()
    const updated = overdue.map((r) => {
      const metadata = (r.metadata ?? {}) as Record<string, unknown>
      return {
        id: r.id,
        metadata: {
          ...metadata,
          exchange: { ...exchangeOf(metadata), flagged_at: flaggedAt },
        },
      }
    })
    if (updated.length) {
      await service.updateReturnRequests(updated)
    }
    return new StepResponse(
      overdue.map((r) => ({
        id: r.id,
        order_id: r.order_id,
        rma_number: r.rma_number,
      })),
      overdue.map((r) => ({ id: r.id, metadata: r.metadata }))
    )
  },
  async (previous, service) => {
    await service.updateReturnRequests(
      previous.map((p) => ({
        id: p.id,
        metadata: p.metadata as Record<string, unknown>,
      }))
    )
  }
)
