import type { StoreRoute } from "../../../../utils/http"
import type { StoreReturnRequestEvidenceResponse } from "../../../../../types/http"
import { addReturnRequestEvidenceWorkflow } from "../../../../../workflows/return-policy"
import { evidenceFileInput } from "../../../../utils/evidence-upload"
import type { StoreReturnRequestEvidenceFieldsType } from "../../validators"

/**
 * The customer adds a photo (or PDF, at most 5 MB) to their return request,
 * for a reason that asks for evidence; staff read it on the request.
 */
export const POST: StoreRoute<
  StoreReturnRequestEvidenceResponse,
  StoreReturnRequestEvidenceFieldsType
> = async (req, res) => {
  const { result } = await addReturnRequestEvidenceWorkflow(req.scope).run({
    input: {
      request_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      description: req.validatedBody.description ?? null,
      file: evidenceFileInput(req.file!),
    },
  })
  res.json({
    evidence: {
      filename: result.filename,
      mime_type: result.mime_type,
      size: result.size,
      description: result.description,
      uploaded_at: result.uploaded_at,
    },
  })
}
