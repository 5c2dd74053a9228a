import type { StoreRoute } from "../../../../../../utils/http"
import { sendEvidenceFile } from "../../../../../../utils/disputes"

/** An evidence file of one of the customer's disputes; others' are 404. */
export const GET: StoreRoute = async (req, res) => {
  await sendEvidenceFile(res, req.scope, {
    disputeId: req.params.id,
    evidenceId: req.params.evidence_id,
    customerId: req.auth_context.actor_id,
  })
}
