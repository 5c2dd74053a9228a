import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { DisputeEvidenceKind } from "../../modules/return-dispute"
import { DisputeEvents } from "./events"
import { createDisputeEvidenceStep } from "./steps/create-dispute-evidence"
import { validateDisputeAccessStep } from "./steps/validate-dispute-access"

export type AddDisputeEvidenceWorkflowInput = {
  dispute_id: string
  /** Set for customers: only their own dispute. */
  customer_id?: string
  kind: DisputeEvidenceKind
  description?: string | null
  file: {
    filename: string
    mime_type: string
    size: number
    /** The file's bytes, base64. */
    content: string
  }
  uploaded_by_type: "customer" | "staff"
  uploaded_by: string
}

export const addDisputeEvidenceWorkflowId = "add-dispute-evidence"

/**
 * Stores a file with Medusa's File module (private access) and attaches it
 * to an unresolved dispute as evidence. If recording fails the uploaded
 * file is deleted again. Emits `dispute.evidence_added`; hook
 * `disputeEvidenceAdded`.
 *
 * @example
 * await addDisputeEvidenceWorkflow(container).run({
 *   input: { dispute_id, kind: "photo", file: { filename: "box.jpg", mime_type: "image/jpeg", size, content }, uploaded_by_type: "customer", uploaded_by: customer_id, customer_id },
 * })
 */
export const addDisputeEvidenceWorkflow = createWorkflow(
  addDisputeEvidenceWorkflowId,
  (input: AddDisputeEvidenceWorkflowInput) => {
    validateDisputeAccessStep({
      dispute_id: input.dispute_id,
      customer_id: input.customer_id,
      open_for: "evidence",
    })
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [
          {
            filename: input.file.filename,
            mimeType: input.file.mime_type,
            content: input.file.content,
            access: "private" as const,
          },
        ],
      })),
    })
    const evidence = createDisputeEvidenceStep(
      transform({ input, files }, ({ input, files }) => ({
        dispute_id: input.dispute_id,
        kind: input.kind,
        file_id: files[0].id,
        url: files[0].url,
        filename: input.file.filename,
        mime_type: input.file.mime_type,
        size: input.file.size,
        uploaded_by_type: input.uploaded_by_type,
        uploaded_by: input.uploaded_by,
        description: input.description ?? null,
      }))
    )
    emitEventStep({
      eventName: DisputeEvents.EVIDENCE_ADDED,
      data: transform({ evidence }, ({ evidence }) => ({
        id: evidence.dispute_id,
        evidence_id: evidence.id,
        kind: evidence.kind,
        uploaded_by_type: evidence.uploaded_by_type,
      })),
    })
    const disputeEvidenceAdded = createHook("disputeEvidenceAdded", {
      evidence,
    })
    return new WorkflowResponse(evidence, { hooks: [disputeEvidenceAdded] })
  }
)
