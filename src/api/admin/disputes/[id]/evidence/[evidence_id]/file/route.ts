import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { sendEvidenceFile } from "../../../../../../utils/disputes"

/** An evidence file of a dispute, streamed from the File module. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await sendEvidenceFile(res, req.scope, {
    disputeId: req.params.id,
    evidenceId: req.params.evidence_id,
  })
}
