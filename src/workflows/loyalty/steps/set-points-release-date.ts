import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyProgramStep } from "../../utils/module-step"

export type SetPointsReleaseDateStepInput = {
  source_type: string
  source_id: string
  available_at: Date | string
}

export const setPointsReleaseDateStepId = "set-points-release-date"

/**
 * Gives the pending points earned on a source (an order) the date they
 * become spendable, where they have none yet: the first date set stands,
 * so a repeated event or a second delivery changes nothing. Returns the
 * entries dated; compensation takes their date away again.
 *
 * @example
 * setPointsReleaseDateStep({ source_type: "order", source_id, available_at })
 */
export const setPointsReleaseDateStep = loyaltyProgramStep(
  setPointsReleaseDateStepId,
  async (input: SetPointsReleaseDateStepInput, service) => {
    const dated = await service.updateLoyaltyPointsEntries({
      selector: {
        type: "earn",
        status: "pending",
        source_type: input.source_type,
        source_id: input.source_id,
        available_at: null,
      },
      data: { available_at: new Date(input.available_at) },
    })
    const ids = dated.map((entry) => entry.id)
    return new StepResponse(ids, ids)
  },
  async (ids, service) => {
    await service.updateLoyaltyPointsEntries({
      selector: { id: ids, status: "pending" },
      data: { available_at: null },
    })
  }
)
