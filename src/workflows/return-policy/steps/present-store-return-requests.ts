import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { queryStep } from "../../utils/module-step"
import { presentStoreReturnRequests } from "../store-presenters"

export type PresentStoreReturnRequestsStepInput = {
  ids: string[]
  /** Set for a customer: requests of anybody else are left out. */
  customer_id?: string | null
}

export const presentStoreReturnRequestsStepId = "present-store-return-requests"

/**
 * Return requests as a storefront shows them (`StoreReturnRequest`, in the
 * order of `ids`): lines with picture and variant, refund estimate, how,
 * where and by when to send the parcel, timeline, store credit, whether it
 * can be canceled. Read-only.
 *
 * @example
 * const [request] = presentStoreReturnRequestsStep({ ids: ["rreq_123"], customer_id })
 */
export const presentStoreReturnRequestsStep = queryStep(
  presentStoreReturnRequestsStepId,
  async (input: PresentStoreReturnRequestsStepInput, query) =>
    new StepResponse(await presentStoreReturnRequests(query, input))
)
