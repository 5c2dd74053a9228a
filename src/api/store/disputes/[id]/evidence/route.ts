import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addDisputeEvidenceWorkflow } from "../../../../../workflows/disputes"
import { presentEvidence } from "../../../../utils/disputes"
import { evidenceFileInput } from "../../../../utils/evidence-upload"
import type { DisputeEvidenceFieldsType } from "../../validators"

/** The customer uploads evidence (image or PDF, at most 5 MB). */
export const POST = async (
  req: AuthenticatedMedusaRequest<DisputeEvidenceFieldsType> & {
    file?: Express.Multer.File
  },
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  const { result } = await addDisputeEvidenceWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      customer_id: customerId,
      kind: req.validatedBody.kind,
      description: req.validatedBody.description ?? null,
      file: evidenceFileInput(req.file!),
      uploaded_by_type: "customer",
      uploaded_by: customerId,
    },
  })
  res.json({ evidence: presentEvidence(result, "store") })
}
