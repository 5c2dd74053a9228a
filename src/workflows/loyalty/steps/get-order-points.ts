import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export const getOrderPointsStepId = "get-order-points"

/** What `accrueOrderPointsWorkflow` keeps on an order's earn entry. */
type EarnEntryMetadata = {
  lines?: Record<string, { quantity: number; net: number }>
}

/**
 * Points an order earned, how many have been reversed so far, and the
 * order's lines (quantity, net value) as they were when it was placed, and
 * the net value not yet reversed.
 *
 * @example
 * const { earned, reversed } = getOrderPointsStep({ order_id })
 */
export const getOrderPointsStep = loyaltyProgramStep(
  getOrderPointsStepId,
  async ({ order_id }: { order_id: string }, service) => {
    const entries = await service.listLoyaltyPointsEntries(
      { source_type: "order", source_id: order_id },
      { select: ["type", "points", "metadata", "amount"] }
    )
    const sum = (type: string) =>
      entries
        .filter((e) => e.type === type)
        .reduce((total, e) => total + Math.abs(e.points), 0)

    const earn = entries.find((e) => e.type === "earn")
    const lines = (earn?.metadata as EarnEntryMetadata | null)?.lines ?? {}

    return new StepResponse({
      earned: sum("earn"),
      reversed: sum("reverse"),
      net: entries.reduce((total, e) => total + Number(e.amount ?? 0), 0),
      lines,
    })
  }
)
