import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RecordPointsInput } from "../../../modules/loyalty-program/types"
import { loyaltyProgramStep } from "../../utils/module-step"

export const recordPointsStepId = "record-points"

/**
 * Writes ledger entries (idempotent per key). The ledger is append-only, so
 * compensation writes the inverse entry instead of deleting: credited points
 * are reversed, debited points are given back.
 *
 * @example
 * recordPointsStep([{ customer_id, type: "earn", points: 120, idempotency_key: "order.placed:order_1" }])
 */
export const recordPointsStep = loyaltyProgramStep(
  recordPointsStepId,
  async (entries: RecordPointsInput[], service) => {
    const written: RecordPointsInput[] = []
    const results: Awaited<ReturnType<typeof service.recordPoints>>[] = []
    for (const entry of entries) {
      const result = await service.recordPoints(entry)
      results.push(result)
      if (result.created) {
        written.push(entry)
      }
    }
    return new StepResponse(results, written)
  },
  async (written, service) => {
    for (const entry of written) {
      await service.recordPoints({
        customer_id: entry.customer_id,
        type: entry.points > 0 ? "reverse" : "adjust",
        points: -entry.points,
        source_type: entry.source_type,
        source_id: entry.source_id,
        idempotency_key: `${entry.idempotency_key}:compensation`,
        note: "Workflow rolled back",
      })
    }
  }
)
