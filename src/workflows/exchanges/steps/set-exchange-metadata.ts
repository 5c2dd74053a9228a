import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnPolicyModuleService } from "../../../modules/return-policy"
import { returnPolicyStep } from "../../utils/module-step"
import type { ExchangeMetadata } from "../shapes"

export type SetExchangeMetadataStepInput = {
  request_id: string
  changes: Partial<ExchangeMetadata>
}

export const setExchangeMetadataStepId = "set-exchange-metadata"

/**
 * Merges `changes` into a request's `metadata.exchange` under a lock on the
 * request, read and written inside it: `metadata` is one JSON column and
 * Medusa replaces each top-level key whole, so two writers that read before
 * either wrote (the receipt, the overdue job, an approval) would each put
 * back the `exchange` they read and lose the other's keys. Returns the
 * metadata before and after.
 *
 * @example
 * await mergeExchangeMetadata(container, service, request_id, { flagged_at })
 */
export const mergeExchangeMetadata = async (
  container: MedusaContainer,
  service: ReturnPolicyModuleService,
  requestId: string,
  changes:
    | Partial<ExchangeMetadata>
    | ((current: Record<string, unknown>) => Partial<ExchangeMetadata> | null)
) => {
  const locking = container.resolve(Modules.LOCKING)
  return await locking.execute(
    `return-request-metadata:${requestId}`,
    async () => {
      const request = await service.retrieveReturnRequest(requestId, {
        select: ["id", "metadata"],
      })
      const previous = (request.metadata ?? {}) as Record<string, unknown>
      const exchange = (previous.exchange ?? {}) as Record<string, unknown>
      const delta = typeof changes === "function" ? changes(exchange) : changes
      if (!delta) {
        return { previous, metadata: null }
      }
      const metadata = { ...previous, exchange: { ...exchange, ...delta } }
      await service.updateReturnRequests({ id: requestId, metadata })
      return { previous, metadata }
    },
    { timeout: 30 }
  )
}

/**
 * Merges `changes` into a request's `metadata.exchange` (see
 * `mergeExchangeMetadata`). Compensation puts back the previous `exchange`.
 *
 * @example
 * setExchangeMetadataStep({ request_id, changes: { fulfillment_id } })
 */
export const setExchangeMetadataStep = returnPolicyStep(
  setExchangeMetadataStepId,
  async (input: SetExchangeMetadataStepInput, service, { container }) => {
    const { previous, metadata } = await mergeExchangeMetadata(
      container,
      service,
      input.request_id,
      input.changes
    )
    return new StepResponse(metadata, {
      id: input.request_id,
      exchange: (previous.exchange ?? null) as Record<string, unknown> | null,
    })
  },
  async (undo, service) => {
    // Only the key this step wrote: other keys may have moved on since.
    await service.updateReturnRequests({
      id: undo.id,
      metadata: { exchange: undo.exchange ?? "" },
    })
  }
)
