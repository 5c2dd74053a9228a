import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { renderReturnReceiptPdf } from "../../../modules/return-policy/receipt/pdf"
import type { ReturnReceiptData } from "../../../modules/return-policy/receipt/types"

export const receiptRenderStepId = "receipt-render"

/**
 * Renders the receipt PDF, as the base64 file `uploadFilesWorkflow` takes.
 * Pure: nothing to compensate.
 *
 * @example
 * const file = receiptRenderStep(receipt)
 */
export const receiptRenderStep = createStep(
  receiptRenderStepId,
  async (data: ReturnReceiptData) => {
    const pdf = await renderReturnReceiptPdf(data)
    return new StepResponse({
      filename: `${data.rma_number}.pdf`,
      mimeType: "application/pdf",
      content: pdf.toString("base64"),
      // Receipts name the customer: only admins (and the email) get them.
      access: "private" as const,
    })
  }
)
