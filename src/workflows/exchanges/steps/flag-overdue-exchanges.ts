import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"
import { exchangeOf } from "../shapes"
import { mergeExchangeMetadata } from "./set-exchange-metadata"

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
  async (input: FlagOverdueExchangesStepInput, service, { container }) => {
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
    const flagged: { id: string; order_id: string; rma_number: string }[] = []
    const undo: { id: string; exchange: Record<string, unknown> }[] = []
    for (const r of overdue) {
      // Read again under the request's lock: the receipt may write it now.
      const { previous, metadata } = await mergeExchangeMetadata(
        container,
        service,
        r.id,
        (exchange) => (exchange.flagged_at ? null : { flagged_at: flaggedAt })
      )
      if (metadata) {
        flagged.push({
          id: r.id,
          order_id: r.order_id,
          rma_number: r.rma_number,
        })
        undo.push({
          id: r.id,
          exchange: previous.exchange as Record<string, unknown>,
        })
      }
    }
    return new StepResponse(flagged, undo)
  },
  async (previous, service) => {
    await service.updateReturnRequests(
      previous.map((p) => ({ id: p.id, metadata: { exchange: p.exchange } }))
    )
  }
)
