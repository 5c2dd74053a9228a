import type { AdminRoute } from "../../../utils/http"
import { getDisputeCaseFileWorkflow } from "../../../../workflows/disputes"
import { refetchDispute } from "../../../utils/disputes"

/**
 * The case file: the dispute with all messages (internal notes included)
 * and evidence, and everything around it the workspace shows.
 */
export const GET: AdminRoute = async (req, res) => {
  const dispute = await refetchDispute(req.params.id, req.scope)
  const { result: caseFile } = await getDisputeCaseFileWorkflow(req.scope).run({
    input: {
      dispute: {
        order_id: dispute.order_id,
        return_request_id: dispute.return_request_id,
        customer_id: dispute.customer_id,
        reason_category: dispute.reason_category,
      },
    },
  })
  res.json({ dispute, case_file: caseFile })
}
