import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnPolicyStep } from "../../utils/module-step"

export type ReceiptAttachStepInput = {
  request_id: string
  file_id: string
}

/**
 * Where staff download a request's receipt: the admin route that streams
 * the private file, never the File module's own URL (with the local
 * provider, a public one).
 */
export const returnReceiptPath = (requestId: string) =>
  `/admin/return-requests/${requestId}/receipt`

export const receiptAttachStepId = "receipt-attach"

/**
 * Records the stored receipt on the request's metadata (`receipt_file_id`,
 * and `receipt_url`: the admin route that serves it), keeping the other
 * keys. Compensation restores the
 * previous metadata; the upload compensates itself by deleting the file.
 *
 * @example
 * receiptAttachStep({ request_id, file_id })
 */
export const receiptAttachStep = returnPolicyStep(
  receiptAttachStepId,
  async (input: ReceiptAttachStepInput, service) => {
    const request = await service.retrieveReturnRequest(input.request_id, {
      select: ["id", "metadata"],
    })
    const previous = (request.metadata ?? null) as Record<
      string,
      unknown
    > | null
    await service.updateReturnRequests({
      id: input.request_id,
      metadata: {
        ...(previous ?? {}),
        receipt_file_id: input.file_id,
        receipt_url: returnReceiptPath(input.request_id),
      },
    })
    return new StepResponse(
      {
        receipt_file_id: input.file_id,
        receipt_url: returnReceiptPath(input.request_id),
      },
      { request_id: input.request_id, previous }
    )
  },
  async (data, service) => {
    await service.updateReturnRequests({
      id: data.request_id,
      metadata: data.previous,
    })
  }
)
