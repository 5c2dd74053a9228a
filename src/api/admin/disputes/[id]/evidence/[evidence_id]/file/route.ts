import type { AdminRoute } from "../../../../../../utils/http"
import { sendEvidenceFile } from "../../../../../../utils/disputes"

/** An evidence file of a dispute, streamed from the File module. */
export const GET: AdminRoute = async (req, res) => {
  await sendEvidenceFile(res, req.scope, {
    disputeId: req.params.id,
    evidenceId: req.params.evidence_id,
  })
}
