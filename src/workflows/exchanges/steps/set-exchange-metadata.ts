import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"
import type { ExchangeMetadata } from "../shapes"

export type SetExchangeMetadataStepInput = {
  request_id: string
  changes: Partial<ExchangeMetadata>
}

export const setExchangeMetadataStepId = "set-exchange-metadata"

/**
 * Merges `changes` into a request's `metadata.exchange` (shipped on
 * receipt, flagged overdue). Compensation puts the previous metadata back.
 *
 * @example
 * setExchangeMetadataStep({ request_id, changes: { fulfillment_id } })
 */
export const setExchangeMetadataStep = returnPolicyStep(
  setExchangeMetadataStepId,
  async (input: SetExchangeMetadataStepInput, service) => {
    const request = await service.retrieveReturnRequest(input.request_id, {
      select: ["id", "metadata"],
    })
    const previous = (request.metadata ?? {}) as Record<string, unknown>
    const exchange = (previous.exchange ?? {}) as Record<string, unknown>
    const metadata = {
      ...previous,
      exchange: { ...exchange, ...input.changes },
    }
    await service.updateReturnRequests({ id: input.request_id, metadata })
    return new StepResponse(metadata, { id: input.request_id, previous })
  },
  async (undo, service) => {
    await service.updateReturnRequests({
      id: undo.id,
      metadata: undo.previous,
    })
  }
)
