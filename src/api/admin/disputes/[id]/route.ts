import {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { buildCaseFile, refetchDispute } from "../helpers"

/**
 * The case file: the dispute with all messages (internal notes included)
 * and evidence, and everything around it the workspace shows.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const dispute = await refetchDispute(req.params.id, req.scope)
  const caseFile = await buildCaseFile(dispute, req.scope)
  res.json({ dispute, case_file: caseFile })
}
