import type { AdminRoute } from "../../../../utils/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { refetchReturnRequest } from "../../../../utils/return-requests"

/**
 * The return authorization receipt (PDF) stored with the File module when
 * the request was created by customer service.
 */
export const GET: AdminRoute = async (req, res) => {
  const request = await refetchReturnRequest(req.params.id, req.scope)
  const fileId = (request.metadata as Record<string, unknown> | null)
    ?.receipt_file_id as string | undefined
  if (!fileId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return request ${request.rma_number} has no receipt: receipts are made for returns entered by customer service`
    )
  }
  const pdf = await req.scope.resolve(Modules.FILE).getAsBuffer(fileId)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="${request.rma_number}.pdf"`
  )
  res.setHeader("Content-Length", String(pdf.length))
  res.status(200).send(pdf)
}
