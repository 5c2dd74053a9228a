import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertVisibleToCustomer } from "../../utils/assert-visible"
import { returnPolicyStep } from "../../utils/module-step"

/** A photo or document a customer sent with their return request. */
export type ReturnRequestEvidence = {
  file_id: string
  filename: string
  mime_type: string
  size: number
  description: string | null
  uploaded_at: string
}

export type AttachReturnRequestEvidenceStepInput = {
  request_id: string
  /** Set for customers: only their own request. */
  customer_id?: string
  evidence: Omit<ReturnRequestEvidence, "uploaded_at">
}

export const attachReturnRequestEvidenceStepId =
  "attach-return-request-evidence"

/** Requests whose review can still use a photo. */
const OPEN_FOR_EVIDENCE = ["pending_review", "approved"]

/**
 * Records an uploaded file on a return request (`metadata.evidence`, the
 * list staff read on `GET /admin/return-requests/:id`), while the request
 * is under review or approved. Compensation puts the metadata back.
 *
 * @example
 * attachReturnRequestEvidenceStep({ request_id, customer_id, evidence: { file_id, filename, mime_type, size, description: null } })
 */
export const attachReturnRequestEvidenceStep = returnPolicyStep(
  attachReturnRequestEvidenceStepId,
  async (input: AttachReturnRequestEvidenceStepInput, service) => {
    const [request] = await service.listReturnRequests(
      { id: input.request_id },
      { select: ["id", "customer_id", "status", "metadata"], take: 1 }
    )
    assertVisibleToCustomer(
      request,
      input.customer_id,
      `Return request with id: ${input.request_id} was not found`
    )
    if (!OPEN_FOR_EVIDENCE.includes(request.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Return request ${input.request_id} is ${request.status}: photos can be added while it is under review or approved`
      )
    }
    const previous = (request.metadata ?? null) as Record<
      string,
      unknown
    > | null
    const evidence: ReturnRequestEvidence = {
      ...input.evidence,
      uploaded_at: new Date().toISOString(),
    }
    const list = Array.isArray(previous?.evidence)
      ? (previous!.evidence as ReturnRequestEvidence[])
      : []
    await service.updateReturnRequests({
      id: request.id,
      metadata: { ...(previous ?? {}), evidence: [...list, evidence] },
    })
    return new StepResponse(evidence, { id: request.id, previous })
  },
  async (undo, service) => {
    await service.updateReturnRequests({
      id: undo.id,
      metadata: undo.previous,
    })
  }
)
