import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { sendEvidenceFile } from "../../../../../../utils/disputes"

/** An evidence file of one of the customer's disputes; others' are 404. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await sendEvidenceFile(res, req.scope, {
    disputeId: req.params.id,
    evidenceId: req.params.evidence_id,
    customerId: req.auth_context.actor_id,
  })
}
