import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addDisputeEvidenceWorkflow } from "../../../../../workflows/disputes"
import { presentEvidence } from "../../../../utils/disputes"
import { evidenceFileInput } from "../../../../utils/evidence-upload"
import type { DisputeEvidenceFieldsType } from "../../validators"

/** Staff attach a file (image or PDF, at most 5 MB) as evidence. */
export const POST = async (
  req: AuthenticatedMedusaRequest<DisputeEvidenceFieldsType> & {
    file?: Express.Multer.File
  },
  res: MedusaResponse
) => {
  const { result } = await addDisputeEvidenceWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      kind: req.validatedBody.kind,
      description: req.validatedBody.description ?? null,
      file: evidenceFileInput(req.file!),
      uploaded_by_type: "staff",
      uploaded_by: req.auth_context.actor_id,
    },
  })
  res.json({ evidence: presentEvidence(result, "admin") })
}
