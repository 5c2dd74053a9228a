import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { attachReturnRequestEvidenceStep } from "./steps/attach-return-request-evidence"

export type AddReturnRequestEvidenceWorkflowInput = {
  request_id: string
  /** Set for customers: only their own request. */
  customer_id?: string
  description?: string | null
  file: {
    filename: string
    mime_type: string
    size: number
    /** The file's bytes, base64. */
    content: string
  }
}

export const addReturnRequestEvidenceWorkflowId = "add-return-request-evidence"

/**
 * Stores a customer's photo (or PDF) of a returned item with Medusa's File
 * module (private access) and records it on their return request, for the
 * reasons that ask for evidence (e.g. "Arrived damaged"). If recording
 * fails, the uploaded file is deleted again.
 *
 * @example
 * await addReturnRequestEvidenceWorkflow(container).run({
 *   input: { request_id, customer_id, file: { filename: "damage.jpg", mime_type: "image/jpeg", size, content } },
 * })
 */
export const addReturnRequestEvidenceWorkflow = createWorkflow(
  addReturnRequestEvidenceWorkflowId,
  (input: AddReturnRequestEvidenceWorkflowInput) => {
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
    const evidence = attachReturnRequestEvidenceStep(
      transform({ input, files }, ({ input, files }) => ({
        request_id: input.request_id,
        customer_id: input.customer_id,
        evidence: {
          file_id: files[0].id,
          filename: input.file.filename,
          mime_type: input.file.mime_type,
          size: input.file.size,
          description: input.description ?? null,
        },
      }))
    )
    return new WorkflowResponse(evidence)
  }
)
